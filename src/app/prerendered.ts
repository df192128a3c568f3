/**
 * Taking over from the prerendered first screen (see scripts/vite-plugin-prerender.ts) without a
 * flash and without losing a tap. React renders into a hidden container beside it; the two swap
 * - once the screen React shows is ready (its content read from the database), or
 * - as soon as React has rendered and the address is no longer the prerendered screen's (the
 *   person tapped something the first-paint script could not show itself), however early.
 */
const READY_EVENT = 'hamroh:screen-ready';
/** Only a safety net: every prerendered screen announces itself ready long before. */
const LONGEST_WAIT_MS = 4000;

/** The route in the address, as the first-paint script writes it: "/uz/guides/detention". */
export function currentRoute(): string {
  return `/${location.hash.replace(/^#\/?/, '').replace(/\/$/, '')}`.replace(/\?.*$/, '');
}

/**
 * Screens call this when what they show matches the prerendered version (content loaded). It
 * counts only while that screen is the one in the address: a home that finishes loading just as
 * the person opens a guide must not swap the guide's first steps for "Loading…".
 */
export function announceScreenReady(): void {
  dispatchEvent(new CustomEvent(READY_EVENT, { detail: currentRoute() }));
}

let afterRender: (() => void) | undefined;

/** Called by the app after each render: takes over at once if the person has moved on. */
export function appRendered(): void {
  afterRender?.();
}

/** The element React should render into. */
export function appContainer(): HTMLElement {
  const prerendered = document.getElementById('root') as HTMLElement;
  if (!prerendered.hasAttribute('data-prerendered')) return prerendered;
  const container = document.createElement('div');
  container.hidden = true;
  prerendered.after(container);
  let swapped = false;
  let rendered = false;
  // Which way the app took over, on <html data-takeover>: browser tests prove a tap never waited.
  const swap = (reason: 'ready' | 'moved' | 'timeout') => {
    if (swapped) return;
    swapped = true;
    document.documentElement.dataset.takeover = reason;
    afterRender = undefined;
    removeEventListener('hashchange', onMove);
    removeEventListener(READY_EVENT, onReady);
    prerendered.remove();
    container.id = 'root';
    container.hidden = false;
  };
  const onMove = () => {
    if (rendered && prerendered.getAttribute('data-prerendered') !== currentRoute()) swap('moved');
  };
  afterRender = () => {
    rendered = true;
    onMove();
  };
  const onReady = (event: Event) => {
    if ((event as CustomEvent<string>).detail === currentRoute()) swap('ready');
  };
  addEventListener(READY_EVENT, onReady);
  // After the first-paint script's own listener: it may have shown the new route itself.
  addEventListener('hashchange', onMove);
  setTimeout(() => swap('timeout'), LONGEST_WAIT_MS);
  return container;
}
