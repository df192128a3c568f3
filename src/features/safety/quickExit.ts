/**
 * Quick exit: one tap (or Escape) replaces whatever is on screen with a plain calculator.
 * `location.replace` swaps the current history entry, and while the page stays open every later
 * route — including ones reached with Back — shows the calculator too, so Back never brings the
 * guide back. Opening the app again (a new page load) starts normally.
 */
export const NEUTRAL_ROUTE = '/calc';

declare global {
  interface Window {
    /** Set by the prerendered first screen's script when Exit is pressed before the app has loaded. */
    __hamrohExited?: boolean;
  }
}

let exited = typeof window !== 'undefined' && window.__hamrohExited === true;
const listeners = new Set<() => void>();

export function hasExited(): boolean {
  return exited;
}

export function subscribeToExit(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function quickExit(): void {
  exited = true;
  listeners.forEach((l) => l());
  location.replace(`#${NEUTRAL_ROUTE}`);
}
