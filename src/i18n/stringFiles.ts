/**
 * Pure string-file helpers shared by the app (uiStrings.ts), the build (prerendering) and tests:
 * merging a language's files and making Uzbek Cyrillic from Uzbek Latin. No loading here.
 */
export type UiStrings = { [key: string]: string | UiStrings };

/** Merges one language's files: ui.json at the root, every other file under its own name. */
export function mergeStringFiles(files: readonly (readonly [name: string, strings: UiStrings])[]): UiStrings {
  const merged: UiStrings = {};
  for (const [name, strings] of files) {
    if (name === 'ui') Object.assign(merged, strings);
    else merged[name] = strings;
  }
  return merged;
}

/** Deep-maps every string; `overrides` are keyed by dotted path ("guide.checkedOn"). */
export function cyrillicStrings(
  latin: UiStrings,
  overrides: Readonly<Record<string, string>>,
  toCyrillic: (latin: string) => string,
  prefix = '',
): UiStrings {
  const out: UiStrings = {};
  for (const [key, value] of Object.entries(latin)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[key] =
      typeof value === 'string'
        ? (overrides[path] ?? toCyrillic(value))
        : cyrillicStrings(value, overrides, toCyrillic, path);
  }
  return out;
}
