/** i18next set up for the four languages; strings are loaded per language when first needed. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Lang } from './languages';
import { loadUiStrings } from './uiStrings';

export const NAMESPACE = 'ui';

const fallbackLng = Object.fromEntries(LANGUAGES.map((l) => [l.code, [...l.fallback]]));

async function ensureLoaded(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, NAMESPACE)) return;
  i18next.addResourceBundle(lang, NAMESPACE, await loadUiStrings(lang));
}

export async function setupI18n(lang: Lang): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    fallbackLng: { ...fallbackLng, default: ['en'] },
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes; i18next escaping would double it
    returnNull: false,
  });
  await ensureLoaded(lang);
  return i18next;
}

/** Loads the language (and nothing else) before switching, so no key shows untranslated. */
export async function switchLanguage(lang: Lang): Promise<void> {
  await ensureLoaded(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}
