/**
 * The hash of the content the app last showed, copied to localStorage. The prerendered first
 * screen (built with the build's own pack) shows a guide's first steps before any database is
 * open; once a newer pack was installed, those steps may differ, so it shows them only while this
 * copy still names the build's pack. No imports: the build's first-paint script reads the key too.
 */
export const CONTENT_SHOWN_MIRROR = 'hamroh-content-shown';

export function rememberContentShown(hash: string): void {
  try {
    if (localStorage.getItem(CONTENT_SHOWN_MIRROR) !== hash) localStorage.setItem(CONTENT_SHOWN_MIRROR, hash);
  } catch {
    // storage disabled: the first paint then shows only the home, never possibly stale steps
  }
}
