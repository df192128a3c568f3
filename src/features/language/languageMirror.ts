/**
 * A copy of the chosen language in localStorage lets the prerendered first screen (which runs
 * before any database can be opened) show the right language at once. Only the language code is
 * kept there. No imports: the build's first-paint script (scripts/vite-plugin-prerender.ts) reads
 * the key too.
 */
export const SAVED_LANGUAGE_MIRROR = 'hamroh-lang';

/** With "Delete my data": the database's copy is cleared by the wipe, this one here. */
export function forgetLanguageMirror(): void {
  try {
    localStorage.removeItem(SAVED_LANGUAGE_MIRROR);
  } catch {
    // storage disabled: nothing was kept there
  }
}
