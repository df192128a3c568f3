/**
 * Search against the real content: the pack is built from the repository's guides, contacts and
 * phrases exactly as the app gets it, and indexed by the app's own index code. Each row is what a
 * worried person might type, in whatever script their keyboard has, and the item that must come
 * first.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../src/content/build/pack';
import type { Pack } from '../../src/content/schema';
import { phraseEntry, searchDocuments } from '../../src/features/search/documents';
import { foldWord } from '../../src/features/search/normalize';
import { createSearchIndex, type SearchHit, type SearchIndex } from '../../src/features/search/searchIndex';
import type { Lang } from '../../src/i18n/languages';
import { TODAY } from '../fixtures/today';

const ROOT = join(import.meta.dirname, '..', '..');

let pack: Pack;
let index: SearchIndex;

beforeAll(async () => {
  const result = await buildPack(ROOT, { today: TODAY });
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.file}: ${p.field}: ${p.reason}`).join('\n'));
  pack = result.pack;
  index = createSearchIndex(searchDocuments({ ...pack, phrases: pack.phrases.map(phraseEntry) }));
});

const CONSULAR = [
  'contact:embassy-moscow',
  'contact:consulate-st-petersburg',
  'contact:consulate-novosibirsk',
  'contact:consulate-yekaterinburg',
  'contact:consulate-kazan',
  'contact:consulate-rostov',
  'contact:consulate-vladivostok',
];

/** [typed, language on screen, the acceptable first results] */
const QUERIES: readonly (readonly [string, Lang, readonly string[]])[] = [
  // Latin, Cyrillic, English
  ['pasport', 'uz', ['guide:passport-taken']],
  ['pasport', 'en', ['guide:passport-taken']],
  ['паспорт', 'ru', ['guide:passport-taken']],
  ['Passport taken', 'en', ['guide:passport-taken']],
  ['qarz', 'uz', ['guide:debts']],
  ['қарз', 'uz-Cyrl', ['guide:debts']],
  ['loan', 'en', ['guide:debts']],
  ['кредит', 'ru', ['guide:debts']],
  ['консул', 'ru', CONSULAR],
  ['consulate', 'en', CONSULAR],
  ['amina', 'en', ['guide:amina']],
  ['Амина', 'ru', ['guide:amina']],
  ['реестр', 'ru', ['guide:controlled-persons-register']],
  ['RKL', 'uz', ['guide:controlled-persons-register']],
  ['запрет на въезд', 'ru', ['guide:entry-bans']],
  ['возвращение домой', 'ru', ['guide:going-home']],
  ['oylik', 'uz', ['guide:unpaid-wages']],
  ['контракт', 'ru', ['guide:military-contract']],
  ['ombudsman', 'en', ['contact:ombudsman-uz']],
  ['переводчик', 'ru', ['phrase:need-interpreter', 'phrase:sign-only-translated']],
  // Typos
  ['detenton', 'en', ['guide:detention']],
  ['amna', 'en', ['guide:amina']],
  ['pasprt', 'en', ['guide:passport-taken']],
  // Phone numbers by any run of their digits
  ['4992383620', 'en', ['contact:embassy-moscow']],
  ['238 36', 'ru', ['contact:embassy-moscow']],
  ['8 499 238-36-20', 'uz', ['contact:embassy-moscow']],
  ['+7 (499) 230-00-76', 'en', ['contact:embassy-moscow']],
  ['0454744', 'ru', ['contact:migration-agency-moscow']],
  ['1282', 'uz', ['contact:migration-agency']],
  ['112', 'ru', ['contact:emergency-ru', 'contact:emergency-uz']],
  // Across scripts: Uzbek typed with Russian letters, Russian typed in Latin, mixed
  ['карз', 'uz', ['guide:debts']],
  ['паспортни олиб', 'uz', ['guide:passport-taken']],
  ['pasport олиб', 'uz', ['guide:passport-taken']],
  ['ушлаб', 'uz', ['guide:detention']],
  ['элчихона', 'uz', ['contact:embassy-moscow']],
  ['узбекистон конуни', 'uz', ['guide:uzbek-law-foreign-service']],
  ['elchixona', 'uz-Cyrl', ['contact:embassy-moscow']],
  ['zaderjanie', 'ru', ['guide:detention']],
  ['Khabarovsk', 'ru', ['contact:consulate-vladivostok']],
  ['Хабаровск', 'en', ['contact:consulate-vladivostok']],
  ['Xabarovsk', 'uz', ['contact:consulate-vladivostok']],
  ['Kazan', 'en', ['contact:consulate-kazan']],
  ['Казань', 'ru', ['contact:consulate-kazan']],
  ['qozon', 'uz', ['contact:consulate-kazan']],
  ['Екатеринбург', 'uz-Cyrl', ['contact:consulate-yekaterinburg']],
  ["o'zbekiston qonuni", 'uz', ['guide:uzbek-law-foreign-service']],
  ['OVD info', 'ru', ['contact:ovd-info']],
  ['emehmon', 'en', ['contact:e-mehmon']],
];

const key = (hit: SearchHit | undefined) => (hit ? `${hit.kind}:${hit.target}` : 'nothing');
const text = (parts: readonly { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: readonly { text: string; match: boolean }[]) =>
  parts.filter((p) => p.match).map((p) => p.text);

describe('search over the real content', () => {
  it(`has a table of at least 30 queries (${QUERIES.length})`, () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  for (const [query, lang, expected] of QUERIES) {
    it(`"${query}" in ${lang} → ${expected.join(' or ')}`, () => {
      const hits = index.search(query, lang);
      expect(expected, `got ${hits.slice(0, 3).map(key).join(', ')}`).toContain(key(hits[0]));
    });
  }

  it('indexes every guide, contact and phrase in every language', () => {
    const phraseTexts = pack.phrases.length * 4;
    expect(index.documentCount).toBe(pack.guides.length + pack.contacts.length * 4 + phraseTexts);
  });

  it('shows each item once, in the language on screen when it matched there', () => {
    const hits = index.search('pasport', 'uz');
    const keys = hits.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    const guide = hits.find((h) => h.target === 'passport-taken');
    expect(guide?.lang).toBe('uz');
    expect(guide?.otherLanguage).toBe(false);
    expect(text(guide?.title ?? [])).toBe(pack.guides.find((g) => g.key === 'uz:passport-taken')?.title);
  });

  it('puts matches in the language on screen first, then other languages, marked with theirs', () => {
    const hits = index.search('qarz', 'en');
    expect(key(hits[0])).toBe('guide:debts');
    expect(hits[0]?.lang).toBe('uz');
    expect(hits[0]?.otherLanguage).toBe(true);
    const mixed = index.search('pasport', 'en');
    const firstOther = mixed.findIndex((h) => h.otherLanguage);
    expect(mixed[0]?.otherLanguage).toBe(false);
    if (firstOther >= 0) expect(mixed.slice(firstOther).every((h) => h.otherLanguage)).toBe(true);
  });

  it('marks the matched words in title and snippet, whatever script was typed', () => {
    const [hit] = index.search('паспортни', 'uz');
    expect(marked(hit?.title ?? []).map(foldWord)).toEqual(['pasportni']);
    expect(marked(hit?.snippet ?? []).length).toBeGreaterThan(0);
    for (const word of marked(hit?.snippet ?? [])) expect(foldWord(word)).toMatch(/^pasport/);
  });

  it('marks the typed digits inside the phone number, across its spaces', () => {
    const [hit] = index.search('238 36', 'en');
    expect(key(hit)).toBe('contact:embassy-moscow');
    expect(marked(hit?.snippet ?? []).map((t) => t.replace(/\D/g, ''))).toEqual(['23836']);
  });

  it('returns snippets as plain text parts, never markup', () => {
    for (const hit of index.search('police', 'en')) {
      for (const part of [...hit.title, ...hit.snippet]) {
        expect(Object.keys(part).sort()).toEqual(['match', 'text']);
        expect(part.text).not.toMatch(/<mark|<\/?[a-z]+>/);
      }
    }
  });

  it('finds nothing for an empty query, one letter or words that are nowhere', () => {
    expect(index.search('', 'en')).toEqual([]);
    expect(index.search('   ', 'ru')).toEqual([]);
    expect(index.search('a', 'en')).toEqual([]);
    expect(index.search('zzxqvw', 'uz')).toEqual([]);
    // Two digits are too few to find a phone number (the embassy's is +7 499 238 36 20).
    expect(index.search('36', 'en').map(key)).not.toContain('contact:embassy-moscow');
    expect(index.search('83620', 'en').map(key)).toContain('contact:embassy-moscow');
  });

  it('keeps a short snippet around the match of a long text', () => {
    for (const hit of index.search('Kronshtadt', 'en').concat(index.search('Buryatia', 'en'))) {
      expect(text(hit.snippet).length).toBeLessThanOrEqual(175);
      expect(marked(hit.snippet).length).toBeGreaterThan(0);
    }
  });
});
