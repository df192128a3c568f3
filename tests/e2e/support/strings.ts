/** The UI strings the app shows, per language, read from the same files the app uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cyrillicStrings, type UiStrings } from '../../../src/i18n/uiStrings';
import { transliterateUzLatnToCyrl } from '../../../src/i18n/transliterate';
import type { Lang } from '../../../src/i18n/languages';
import { ROOT } from './builds';

const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as UiStrings;

export function uiStrings(lang: Lang): UiStrings {
  if (lang !== 'uz-Cyrl') return read(`locales/${lang}/ui.json`);
  const overrides = read('locales/uz-Cyrl/ui.overrides.json') as Record<string, string>;
  const words = read('locales/uz-Cyrl/words.json') as Record<string, string>;
  return cyrillicStrings(read('locales/uz/ui.json'), overrides, (t) => transliterateUzLatnToCyrl(t, words));
}

export function uiString(lang: Lang, path: string): string {
  const value = path
    .split('.')
    .reduce<UiStrings | string | undefined>(
      (node, key) => (typeof node === 'object' ? node[key] : undefined),
      uiStrings(lang),
    );
  if (typeof value !== 'string') throw new Error(`no string ${path} in ${lang}`);
  return value;
}
