/**
 * Loads one language's UI strings. Each language is its own lazy chunk (precached, so switching
 * works offline) to keep the first download small. Uzbek Cyrillic is made from the Uzbek Latin
 * strings by our transliteration, with whole-string overrides where a person corrected it.
 *
 * A language's strings may be split over several files: `ui.json` holds the shared keys, and a
 * feature may own `<feature>.json`, whose keys appear under `<feature>.` (search.json → "search.…").
 */
import type { Lang } from './languages';
import type { TransliterationExceptions } from './transliterate';
import { cyrillicStrings, mergeStringFiles, type UiStrings } from './stringFiles';

export type { UiStrings } from './stringFiles';

const authored = import.meta.glob<UiStrings>('../../locales/{en,ru,uz}/*.json', { import: 'default' });

async function loadAuthored(lang: 'en' | 'ru' | 'uz'): Promise<UiStrings> {
  const prefix = `../../locales/${lang}/`;
  const entries = Object.entries(authored).filter(([path]) => path.startsWith(prefix));
  if (entries.length === 0) throw new Error(`No UI strings for ${lang}`);
  const files = await Promise.all(
    entries.map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await load()] as const),
  );
  return mergeStringFiles(files);
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
