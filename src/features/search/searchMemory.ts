/**
 * The words last searched, kept in memory only while the page is open: Back from a result finds
 * them again, but they never reach the address bar, the page title or the browser's History
 * (a phone may be searched; History keeps every address).
 */
let lastQuery = '';

export function rememberedQuery(): string {
  return lastQuery;
}

export function rememberQuery(query: string): void {
  lastQuery = query;
}
