/**
 * Hash routing for wouter with the query inside the hash: `#/en/search?q=pasport`.
 * Hash routes need no server rules, so any static mirror and a file:// copy work; keeping the query
 * in the hash keeps it off the network too (the part after # is never sent to a server).
 */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
}

function splitHash(): [path: string, search: string] {
  const raw = location.hash.replace(/^#?\/?/, '');
  const q = raw.indexOf('?');
  return q === -1 ? [`/${raw}`, ''] : [`/${raw.slice(0, q)}`, raw.slice(q + 1)];
}

const currentPath = () => splitHash()[0];
const currentSearch = () => splitHash()[1];

/**
 * How many history entries this page load pushed and has not gone back over: "Close" on a full
 * screen (the card, a shown phrase) goes back only over the app's own entries, never out of it.
 */
let entriesPushed = 0;
if (typeof window !== 'undefined') {
  addEventListener('popstate', () => {
    entriesPushed = Math.max(0, entriesPushed - 1);
  });
}

export function navigateHash(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(location.href);
  url.hash = to.startsWith('/') ? to : `/${to}`;
  if (url.href === location.href) return;
  const oldURL = location.href;
  history[replace ? 'replaceState' : 'pushState'](null, '', url.href);
  if (!replace) entriesPushed += 1;
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

/** Back to the screen the person came from, or to `fallback` when the app was opened here. */
export function goBack(fallback: string): void {
  if (entriesPushed > 0) history.back();
  else navigateHash(fallback, { replace: true });
}

export function useHashPath(): [string, (to: string, options?: { replace?: boolean }) => void] {
  return [useSyncExternalStore(subscribe, currentPath, () => '/'), navigateHash];
}
useHashPath.hrefs = (href: string) => `#${href}`;

export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}
