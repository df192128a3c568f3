/**
 * The language table: every language the app speaks, in its own name and script.
 * `uz-Cyrl` is never authored by hand: it is generated from `uz` (see transliterate.ts),
 * so its `source` names the language it is made from.
 */
export const LANGUAGES = [
  // `choose` is shown on the first screen, before any language is loaded, so it lives here.
  {
    code: 'uz',
    nativeName: 'Oʻzbekcha',
    scriptName: 'lotin',
    script: 'Latn',
    choose: 'Tilni tanlang',
    fallback: ['ru', 'en'],
    source: 'uz',
  },
  {
    code: 'uz-Cyrl',
    nativeName: 'Ўзбекча',
    scriptName: 'кирилл',
    script: 'Cyrl',
    choose: 'Тилни танланг',
    fallback: ['uz', 'ru', 'en'],
    source: 'uz',
  },
  {
    code: 'ru',
    nativeName: 'Русский',
    scriptName: null,
    script: 'Cyrl',
    choose: 'Выберите язык',
    fallback: ['en'],
    source: 'ru',
  },
  {
    code: 'en',
    nativeName: 'English',
    scriptName: null,
    script: 'Latn',
    choose: 'Choose a language',
    fallback: [],
    source: 'en',
  },
] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];
/** Languages written by people; the others are generated from one of these. */
export type AuthoredLang = (typeof LANGUAGES)[number]['source'];

export const LANG_CODES: readonly Lang[] = LANGUAGES.map((l) => l.code);
export const AUTHORED_LANGS: readonly AuthoredLang[] = ['uz', 'ru', 'en'];
export const DEFAULT_LANG: Lang = 'uz';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANG_CODES as readonly string[]).includes(value);
}

export function languageInfo(code: Lang) {
  const info = LANGUAGES.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown language ${code}`);
  return info;
}
