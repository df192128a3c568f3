/**
 * Service-worker registration with workbox-window. A new version waits until the person accepts
 * it: the app never reloads by itself while someone is reading.
 */
import type { Workbox } from 'workbox-window';

type Listener = () => void;

let waiting: Workbox | null = null;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((l) => l());

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateWaiting(): boolean {
  return waiting !== null;
}

/** Activates the waiting version; the page reloads once the new worker has taken control. */
export function applyUpdate(): void {
  const wb = waiting;
  if (!wb) return;
  wb.addEventListener('controlling', () => location.reload());
  wb.messageSkipWaiting();
}

const HOUR = 60 * 60 * 1000;

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV || location.protocol === 'file:') return;
  // A chunk of its own, fetched while the app starts rather than before it: nothing on the first
  // screen needs it, and the code a start must load first has a size budget.
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('./sw.js', { scope: './' });
  wb.addEventListener('waiting', () => {
    waiting = wb;
    notify();
  });
  // Look for a new version when the app comes back to the screen, at most once an hour.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine && Date.now() - lastCheck > HOUR) {
      lastCheck = Date.now();
      void wb.update();
    }
  });
  await wb.register();
}
