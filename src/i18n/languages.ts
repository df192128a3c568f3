/**
 * The language table: every language the app speaks, in its own name and script.
 * `homeCategories`: guide categories the home shows besides the urgent ones, for this language's readers.
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
    homeCategories: [],
  },
  {
    code: 'uz-Cyrl',
    nativeName: 'Ўзбекча',
    scriptName: 'кирилл',
    script: 'Cyrl',
    choose: 'Тилни танланг',
    fallback: ['uz', 'ru', 'en'],
    source: 'uz',
    homeCategories: [],
  },
  {
    code: 'ru',
    nativeName: 'Русский',
    scriptName: null,
    script: 'Cyrl',
    choose: 'Выберите язык',
    fallback: ['en'],
    source: 'ru',
    // Russian is also the language of citizens of Russia in Uzbekistan: their topics on the home.
    homeCategories: ['russians-in-uz'],
  },
  {
    code: 'en',
    nativeName: 'English',
    scriptName: null,
    script: 'Latn',
    choose: 'Choose a language',
    fallback: [],
    source: 'en',
    homeCategories: [],
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

/**
 * The same language in its other script (uz ↔ uz-Cyrl): the language made from the same source
 * text, written in another alphabet. Languages with one script have none.
 */
export function scriptSibling(code: Lang): Lang | undefined {
  const info = languageInfo(code);
  return LANGUAGES.find((l) => l.code !== code && l.source === info.source && l.script !== info.script)?.code;
}

export function languageInfo(code: Lang) {
  const info = LANGUAGES.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown language ${code}`);
  return info;
}
