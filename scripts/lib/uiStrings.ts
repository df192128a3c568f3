/** The UI strings per language, read in Node from the same files the app loads (build and tests). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/languages';
import { cyrillicStrings, mergeStringFiles, type UiStrings } from '../../src/i18n/stringFiles';
import { transliterateUzLatnToCyrl } from '../../src/i18n/transliterate';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as UiStrings;

/** All string files of an authored language, merged as the app merges them. */
export function authoredStrings(lang: 'en' | 'ru' | 'uz'): UiStrings {
  const names = readdirSync(join(ROOT, 'locales', lang)).filter((f) => f.endsWith('.json'));
  return mergeStringFiles(names.map((f) => [f.slice(0, -5), read(`locales/${lang}/${f}`)] as const));
}

export function uiStrings(lang: Lang): UiStrings {
  if (lang !== 'uz-Cyrl') return authoredStrings(lang);
  const overrides = read('locales/uz-Cyrl/ui.overrides.json') as Record<string, string>;
  const words = read('locales/uz-Cyrl/words.json') as Record<string, string>;
  return cyrillicStrings(authoredStrings('uz'), overrides, (t) => transliterateUzLatnToCyrl(t, words));
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
