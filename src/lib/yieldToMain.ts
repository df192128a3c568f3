/**
 * Lets the browser handle taps and paint between steps of long work (checking and installing a
 * content pack takes about a second on a slow phone). Without it that work is one long task,
 * and a person who taps "call" during the first start waits for all of it.
 */
interface SchedulerWithYield {
  yield(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  // scheduler.yield keeps this work ahead of other queued tasks (Chrome 129+); older browsers
  // get a plain macrotask.
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
