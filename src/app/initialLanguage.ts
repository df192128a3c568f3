import { DEFAULT_LANG, isLang, type Lang } from '../i18n/languages';

/** The language to load before the first render: the URL's, else the default (routes fix the rest). */
export function initialLanguage(hash: string): Lang {
  const first = hash.replace(/^#?\/?/, '').split(/[/?]/)[0];
  return isLang(first) ? first : DEFAULT_LANG;
}
