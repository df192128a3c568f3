import { DEFAULT_LANG, type Lang } from '../i18n/languages';

/**
 * Where a path with an unknown language goes. "#/de/guides" keeps its page and takes the saved
 * language ("/uz/guides"); "#/guides", with no language at all, gets one in front.
 */
export function redirectForUnknownLanguage(path: string, saved: Lang | null): string {
  const lang = saved ?? DEFAULT_LANG;
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  const looksLikeLanguage =
    /^[a-z]{2,3}(-[A-Za-z]{2,8})?$/.test(first) &&
    !['guides', 'contacts', 'settings', 'about'].includes(first);
  const pageParts = looksLikeLanguage ? rest : [first, ...rest].filter(Boolean);
  return `/${lang}/${pageParts.join('/')}`;
}
