/**
 * Makes the URL's language the app's language: loads its strings, sets <html lang>, remembers
 * it for the next start. Children render only once the strings are there, so no screen ever shows
 * a mix of two languages.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/languages';
import { switchLanguage } from '../i18n/setup';
import { saveLanguage } from '../features/language/useSavedLanguage';

const LangContext = createContext<Lang>('uz');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function LanguageScope({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [loadedLang, setLoadedLang] = useState(i18n.language);

  useEffect(() => {
    let live = true;
    void switchLanguage(lang).then(() => live && setLoadedLang(lang));
    document.documentElement.lang = lang;
    void saveLanguage(lang);
    return () => {
      live = false;
    };
  }, [lang, i18n]);

  if (loadedLang !== lang) return null;
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}
