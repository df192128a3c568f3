/** The language the user chose last time, kept in IndexedDB (null: none yet or no database). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getSetting, setSetting } from '../../db/settings';
import { isLang, type Lang } from '../../i18n/languages';
import { SAVED_LANGUAGE_MIRROR } from './languageMirror';

const KEY = 'language';

export async function readSavedLanguage(): Promise<Lang | null> {
  try {
    const value = await getSetting(db, KEY);
    return isLang(value) ? value : null;
  } catch {
    return null; // IndexedDB unavailable: behave as a first run
  }
}

export function useSavedLanguage(): Lang | null | undefined {
  return useLiveQuery(readSavedLanguage, []);
}

export async function saveLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(SAVED_LANGUAGE_MIRROR, lang);
  } catch {
    // storage disabled: the first screen is then the language choice until the app has loaded
  }
  try {
    if ((await getSetting(db, KEY)) !== lang) await setSetting(db, KEY, lang);
  } catch {
    // Without a database the choice lasts for this visit only; the app works the same.
  }
}
