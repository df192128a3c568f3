/**
 * Loads one language's UI strings. Each language is its own lazy chunk (precached, so switching
 * works offline) to keep the first download small. Uzbek Cyrillic is made from the Uzbek Latin
 * strings by our transliteration, with whole-string overrides where a person corrected it.
 */
import type { Lang } from './languages';
import type { TransliterationExceptions } from './transliterate';

export type UiStrings = { [key: string]: string | UiStrings };

const authored = import.meta.glob<UiStrings>('../../locales/{en,ru,uz}/ui.json', { import: 'default' });

async function loadAuthored(lang: 'en' | 'ru' | 'uz'): Promise<UiStrings> {
  const load = authored[`../../locales/${lang}/ui.json`];
  if (!load) throw new Error(`No UI strings for ${lang}`);
  return load();
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

export async function loadUiStrings(lang: Lang): Promise<UiStrings> {
  if (lang !== 'uz-Cyrl') return loadAuthored(lang);
  // Loaded only for Uzbek Cyrillic, so the other languages do not carry the transliteration code.
  const [latin, overrides, words, { transliterateUzLatnToCyrl }] = await Promise.all([
    loadAuthored('uz'),
    import('../../locales/uz-Cyrl/ui.overrides.json').then((m) => m.default as Record<string, string>),
    import('../../locales/uz-Cyrl/words.json').then((m) => m.default as TransliterationExceptions),
    import('./transliterate'),
  ]);
  return cyrillicStrings(latin, overrides, (text) => transliterateUzLatnToCyrl(text, words));
}
