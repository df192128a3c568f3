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

export function navigateHash(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(location.href);
  url.hash = to.startsWith('/') ? to : `/${to}`;
  if (url.href === location.href) return;
  const oldURL = location.href;
  history[replace ? 'replaceState' : 'pushState'](null, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

export function useHashPath(): [string, (to: string, options?: { replace?: boolean }) => void] {
  return [useSyncExternalStore(subscribe, currentPath, () => '/'), navigateHash];
}
useHashPath.hrefs = (href: string) => `#${href}`;

export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}
