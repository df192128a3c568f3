import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORED_LANGS, LANGUAGES, LANG_CODES } from '../../src/i18n/languages';
import type { UiStrings } from '../../src/i18n/uiStrings';
import { authoredStrings, uiStrings } from '../e2e/support/strings';

const LOCALES = join(import.meta.dirname, '..', '..', 'locales');
const read = (path: string) => JSON.parse(readFileSync(join(LOCALES, path), 'utf8')) as UiStrings;

function flatten(strings: UiStrings, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

// The same merging and transliteration the app uses.
const english = flatten(authoredStrings('en'));
const overrides = read('uz-Cyrl/ui.overrides.json') as Record<string, string>;
const bundles: Record<string, Map<string, unknown>> = Object.fromEntries(
  LANG_CODES.map((l) => [l, flatten(uiStrings(l))]),
);

describe('UI strings', () => {
  it('exist as files for every authored language and nothing else', () => {
    const dirs = readdirSync(LOCALES).filter((d) => !d.startsWith('.'));
    expect(dirs.sort()).toEqual([...AUTHORED_LANGS, 'uz-Cyrl'].sort());
  });

  it('every language has the same string files', () => {
    const files = (lang: string) =>
      readdirSync(join(LOCALES, lang))
        .filter((f) => f.endsWith('.json'))
        .sort();
    for (const lang of AUTHORED_LANGS) expect(files(lang), lang).toEqual(files('en'));
  });

  for (const lang of LANG_CODES) {
    it(`${lang}: has every English key, no other key, and no empty string`, () => {
      const bundle = bundles[lang] ?? new Map();
      expect([...bundle.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, value] of bundle) {
        expect(typeof value, `${lang} ${key}`).toBe('string');
        expect(String(value).trim(), `${lang} ${key} is empty`).not.toBe('');
      }
    });

    it(`${lang}: keeps the English placeholders`, () => {
      for (const [key, value] of english) {
        expect(placeholders(String(bundles[lang]?.get(key))), `${lang} ${key}`).toEqual(
          placeholders(String(value)),
        );
      }
    });
  }

  it('Uzbek Latin writes oʻ and gʻ with U+02BB, never an apostrophe', () => {
    for (const [key, value] of bundles.uz ?? []) expect(String(value), key).not.toMatch(/[oOgG]['`‘’]/);
  });

  it('Uzbek Cyrillic and Russian contain no Latin words except names', () => {
    const allowed = /^(Hamroh|Telegram|E|Esc|SMS|MB|Moskva|Sverdlovsk)$/; // names, keys and units that stay Latin
    for (const lang of ['uz-Cyrl', 'ru']) {
      for (const [key, value] of bundles[lang] ?? []) {
        const latin =
          String(value)
            .replace(/{{\s*\w+\s*}}/g, '')
            .replace(/\bA[456]\b/g, '') // paper sizes are written in Latin in Russian too
            .match(/[A-Za-z]+/g) ?? [];
        expect(
          latin.filter((w) => !allowed.test(w)),
          `${lang} ${key}`,
        ).toEqual([]);
      }
    }
  });

  it('Uzbek Cyrillic overrides only name keys that exist', () => {
    for (const key of Object.keys(overrides)) expect(english.has(key), key).toBe(true);
  });
});

describe('language table', () => {
  it('declares four languages, each with a native name, a prompt and an existing fallback chain', () => {
    expect(LANG_CODES).toEqual(['uz', 'uz-Cyrl', 'ru', 'en']);
    for (const l of LANGUAGES) {
      expect(l.nativeName.trim()).not.toBe('');
      expect(l.choose.trim()).not.toBe('');
      for (const f of l.fallback) expect(LANG_CODES).toContain(f);
      expect(l.fallback).not.toContain(l.code);
      expect(AUTHORED_LANGS).toContain(l.source);
    }
  });

  it('writes each native name and prompt in its own script', () => {
    for (const l of LANGUAGES) {
      const script = l.script === 'Cyrl' ? /\p{Script=Cyrillic}/u : /\p{Script=Latin}/u;
      expect(l.nativeName).toMatch(script);
      expect(l.choose).toMatch(script);
    }
  });
});
