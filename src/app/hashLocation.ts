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
 * How deep into the app's own history the current entry is, kept in history.state: 0 where the
 * app was opened, +1 for each screen opened from it (by the app, by a plain link or by the
 * browser). "Close" on a full screen (the card, a shown phrase) goes back only over the app's own
 * entries, never out of the app to whatever page came before it.
 */
type EntryState = { hamrohDepth: number } | null;
const depthOf = (state: unknown) =>
  typeof (state as EntryState)?.hamrohDepth === 'number'
    ? (state as { hamrohDepth: number }).hamrohDepth
    : undefined;
let currentDepth = 0;
if (typeof window !== 'undefined') {
  currentDepth = depthOf(history.state) ?? 0;
  if (depthOf(history.state) === undefined) history.replaceState({ hamrohDepth: 0 }, '');
  addEventListener('hashchange', () => {
    const known = depthOf(history.state);
    if (known !== undefined) currentDepth = known;
    else {
      // A new entry the browser made (a plain link, a typed address): one deeper than the last.
      currentDepth += 1;
      history.replaceState({ hamrohDepth: currentDepth }, '');
    }
  });
  addEventListener('popstate', () => {
    const known = depthOf(history.state);
    if (known !== undefined) currentDepth = known;
  });
}

export function navigateHash(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(location.href);
  url.hash = to.startsWith('/') ? to : `/${to}`;
  if (url.href === location.href) return;
  const oldURL = location.href;
  if (replace) history.replaceState({ hamrohDepth: currentDepth }, '', url.href);
  else history.pushState({ hamrohDepth: currentDepth + 1 }, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

/** Back to the screen the person came from, or to `fallback` when the app was opened here. */
export function goBack(fallback: string): void {
  if (currentDepth > 0) history.back();
  else navigateHash(fallback, { replace: true });
}

export function useHashPath(): [string, (to: string, options?: { replace?: boolean }) => void] {
  return [useSyncExternalStore(subscribe, currentPath, () => '/'), navigateHash];
}
useHashPath.hrefs = (href: string) => `#${href}`;

export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/** Takes the ?query off the address in place (no new history entry): it carried words someone typed. */
export function dropQueryFromAddress(): void {
  const [path, search] = splitHash();
  if (search) navigateHash(path, { replace: true });
}
