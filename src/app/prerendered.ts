/**
 * Taking over from the prerendered first screen (see scripts/vite-plugin-prerender.ts) without a
 * flash: React renders into a hidden container beside it, and the two swap once the screen React
 * shows is ready (its content read from the database), or at once if the person navigates first.
 */
const READY_EVENT = 'hamroh:screen-ready';
const LONGEST_WAIT_MS = 4000;

/** Screens call this when what they show matches the prerendered version (content loaded). */
export function announceScreenReady(): void {
  dispatchEvent(new Event(READY_EVENT));
}

/** The element React should render into. */
export function appContainer(): HTMLElement {
  const prerendered = document.getElementById('root') as HTMLElement;
  if (!prerendered.hasAttribute('data-prerendered')) return prerendered;
  const container = document.createElement('div');
  container.hidden = true;
  prerendered.after(container);
  let swapped = false;
  const swap = () => {
    if (swapped) return;
    swapped = true;
    prerendered.remove();
    container.id = 'root';
    container.hidden = false;
  };
  addEventListener(READY_EVENT, swap, { once: true });
  addEventListener('hashchange', swap, { once: true });
  setTimeout(swap, LONGEST_WAIT_MS);
  return container;
}
