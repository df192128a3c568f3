/**
 * The search key: every spelling in a row must fold to the same key, whatever the script, case or
 * apostrophe. The table is the contract with the people who type: Latin and Cyrillic Uzbek,
 * Uzbek typed with Russian letters, Russian, and the Latin spellings of Russian names.
 */
import { describe, expect, it } from 'vitest';
import { documentTerms, documentWordKeys, foldTerms, foldWord } from '../../src/features/search/normalize';

const SAME_KEY: readonly (readonly [string, string])[] = [
  // Case and the apostrophes of oʻ, gʻ and the tutuq
  ['ПАСПОРТ', 'паспорт'],
  ['Oʻzbek', "o'zbek"],
  ['oʻzbek', 'o‘zbek'],
  ['oʻzbek', 'o’zbek'],
  ['oʻzbek', 'o`zbek'],
  ['qoʻngʻiroq', "qo'ng'iroq"],
  ['qoʻngʻiroq', 'qongiroq'],
  ['eʼlon', "e'lon"],
  ['taʼlim', 'ta’lim'],
  ['togʻ', 'tog`'],
  // Latin ↔ Cyrillic
  ['pasport', 'паспорт'],
  ['konsul', 'консул'],
  ['qarz', 'қарз'],
  ['oʻzbek', 'ўзбек'],
  ['Oʻzbekiston', 'ЎЗБЕКИСТОН'],
  ['qoʻngʻiroq', 'қўнғироқ'],
  ['eʼlon', 'эълон'],
  ['maʼlumot', 'маълумот'],
  ['taʼlim', 'таълим'],
  ['yoʻl', 'йўл'],
  ['shahar', 'шаҳар'],
  ['choy', 'чой'],
  ['yurist', 'юрист'],
  ['elchixona', 'элчихона'],
  ['Moskva', 'Москва'],
  // Uzbek typed with Russian letters (к for қ, г for ғ, х for ҳ)
  ['qarz', 'карз'],
  ['hujjat', 'хужжат'],
  ['qoʻngʻiroq', 'кўнгирок'],
  ['Qozon', 'Козон'],
  // Spellings that differ between Uzbek Latin, Russian transliteration and English
  ['Passport', 'pasport'],
  ['consul', 'konsul'],
  ['elchixona', 'elchihona'],
  ['Xabarovsk', 'Khabarovsk'],
  ['Хабаровск', 'Khabarovsk'],
  ['politsiya', 'полиция'],
  ['migratsiya', 'миграция'],
  ['Tsentralny', 'Центральный'],
  ['Yekaterinburg', 'Екатеринбург'],
  ['ещё', 'еще'],
  ['Pogorelsky', 'Погорельский'],
  ['Pogorelskiy', 'Pogorelsky'],
  ['Nizhny', 'Нижний'],
  ['Nijniy', 'Nizhny'],
  ['Djamshid', 'Jamshid'],
  ['Джамшид', 'Jamshid'],
  ['Shchukino', 'Щукино'],
  ['Wagner', 'Вагнер'],
  ['Rossiya', 'Россия'],
  ['Rossiya', 'Rosiya'],
  ['Tyva', 'Тыва'],
  ['zayavlenie', 'заявление'],
  ['obyavlenie', 'объявление'],
  ['qarz', 'karz'],
];

const DIFFERENT_KEY: readonly (readonly [string, string])[] = [
  ['qarz', 'qaror'],
  ['pasport', 'patent'],
  ['shahar', 'sahar'],
  ['choy', 'soy'],
  ['kun', 'kon'],
  ['112', '102'],
];

describe('foldWord', () => {
  it(`folds ${SAME_KEY.length} pairs of spellings to one key`, () => {
    expect(SAME_KEY.length).toBeGreaterThanOrEqual(40);
    const wrong = SAME_KEY.filter(([a, b]) => foldWord(a) !== foldWord(b)).map(
      ([a, b]) => `${a} → ${foldWord(a)}, ${b} → ${foldWord(b)}`,
    );
    expect(wrong).toEqual([]);
  });

  it('keeps different words apart', () => {
    for (const [a, b] of DIFFERENT_KEY) expect(foldWord(a), `${a} / ${b}`).not.toBe(foldWord(b));
  });

  it('gives plain lower-case Latin keys for the examples people type', () => {
    expect(foldWord('паспорт')).toBe('pasport');
    expect(foldWord('консул')).toBe('konsul');
    expect(foldWord('қарз')).toBe('karz');
    expect(foldWord('Oʻzbekiston')).toBe('ozbekiston');
    expect(foldWord('ь')).toBe('');
  });

  it('leaves digits alone', () => {
    expect(foldWord('4992383620')).toBe('4992383620');
    expect(foldWord('28g')).toBe('28g');
  });
});

describe('foldTerms', () => {
  it('splits on spaces and punctuation but keeps apostrophes inside words', () => {
    expect(foldTerms("O'zbekiston, «Amina» — +7 499 238-36-20")).toEqual([
      'ozbekiston',
      'amina',
      '7',
      '499',
      '238',
      '36',
      '20',
    ]);
  });

  it('drops words that fold to nothing', () => {
    expect(foldTerms('ъ ь паспорт')).toEqual(['pasport']);
  });
});

describe('documentWordKeys', () => {
  it('also finds oʻ (ў) as u, the way it is typed with Russian letters', () => {
    expect(documentWordKeys('Oʻzbekiston')).toEqual(['ozbekiston', 'uzbekiston']);
    expect(documentWordKeys('Ўзбекистон')).toEqual(['ozbekiston', 'uzbekiston']);
    expect(foldWord('узбекистон')).toBe('uzbekiston');
  });

  it('gives one key to a word without oʻ', () => {
    expect(documentWordKeys('pasport')).toEqual(['pasport']);
    expect(documentTerms('qarz va kredit')).toEqual(['karz', 'va', 'kredit']);
  });
});
