import { describe, expect, it } from 'vitest';
import { initialLanguage } from '../../src/app/initialLanguage';
import { redirectForUnknownLanguage } from '../../src/app/unknownLanguage';

describe('redirectForUnknownLanguage', () => {
  it.each([
    ['/de/guides', 'ru', '/ru/guides'],
    ['/de/guides/detention', null, '/uz/guides/detention'],
    ['/xx', 'en', '/en/'],
    ['/uz-Latn/contacts', 'uz-Cyrl', '/uz-Cyrl/contacts'],
    ['/guides/detention', 'en', '/en/guides/detention'],
    ['/contacts', null, '/uz/contacts'],
  ] as const)('%s with saved %s goes to %s', (path, saved, expected) => {
    expect(redirectForUnknownLanguage(path, saved)).toBe(expected);
  });
});

describe('initialLanguage', () => {
  it.each([
    ['#/ru/guides', 'ru'],
    ['#/uz-Cyrl/', 'uz-Cyrl'],
    ['#/en/search?q=x', 'en'],
    ['#/en?q=x', 'en'],
    ['#/', 'uz'],
    ['', 'uz'],
    ['#/fr/', 'uz'],
  ])('%s loads %s first', (hash, lang) => {
    expect(initialLanguage(hash)).toBe(lang);
  });
});
