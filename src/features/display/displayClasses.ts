/**
 * The display options as classes on <html>, and the name of their copy in localStorage. No
 * imports: the build's first-paint script (scripts/vite-plugin-prerender.ts) reads these too.
 */
export const DISPLAY_OPTIONS = {
  largeText: 'display-large-text',
  highContrast: 'display-high-contrast',
} as const;

export type DisplayOption = keyof typeof DISPLAY_OPTIONS;

/** Space-separated class names of the options that are on; absent when none is. */
export const DISPLAY_MIRROR = 'hamroh-display';
