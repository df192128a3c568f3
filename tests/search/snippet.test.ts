/** Snippet parts and phone-number runs: the small pieces results are made of. */
import { describe, expect, it } from 'vitest';
import {
  digitRunRanges,
  digitSuffixes,
  phoneDigitForms,
  phoneIndexTerms,
  phoneQueryDigits,
} from '../../src/features/search/phoneDigits';
import { matchedWordRanges, snippetParts, toParts } from '../../src/features/search/snippet';

describe('phone digits', () => {
  it('knows a number by its digits as written and in the Russian national form', () => {
    expect(phoneDigitForms('+7 499 238-36-20')).toEqual(['74992383620', '84992383620']);
    expect(phoneDigitForms('+998 71 202-33-55')).toEqual(['998712023355']);
    expect(phoneDigitForms('112')).toEqual(['112']);
  });

  it('indexes every suffix of three digits or more, so any run is a prefix of one', () => {
    expect(digitSuffixes('11234')).toEqual(['11234', '1234', '234']);
    expect(digitSuffixes('12')).toEqual([]);
    expect(phoneIndexTerms(['112', '112'])).toEqual(['112']);
  });

  it('reads a query as a phone number only when it is digits and separators, three digits or more', () => {
    expect(phoneQueryDigits('+7 (499) 238-36-20')).toBe('74992383620');
    expect(phoneQueryDigits('238 36')).toBe('23836');
    expect(phoneQueryDigits('12')).toBeUndefined();
    expect(phoneQueryDigits('call 112')).toBeUndefined();
  });

  it('finds the typed run inside the number as shown, across spaces and dashes', () => {
    expect(digitRunRanges('+7 499 238-36-20', '23836')).toEqual([[7, 13]]);
    expect(digitRunRanges('+7 499 238-36-20', '84992383620')).toEqual([[1, 16]]);
    expect(digitRunRanges('+7 499 238-36-20', '555')).toEqual([]);
  });

  it('uses the national form (8…) only for a full +7 number, in the index and in the highlight alike', () => {
    expect(phoneDigitForms('+7 499 238')).toEqual(['7499238']);
    expect(digitRunRanges('+7 499 238', '8499')).toEqual([]);
    expect(digitRunRanges('+7 499 238', '7499')).toEqual([[1, 6]]);
  });
});

describe('snippet parts', () => {
  it('marks the words whose keys matched, in any script or spelling', () => {
    const text = 'Call the Embassy: паспорт and Pasportni, not patent.';
    const parts = toParts(text, matchedWordRanges(text, new Set(['pasport', 'pasportni'])));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['паспорт', 'Pasportni']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('cuts a long text around the first match, at spaces, with an ellipsis', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    const at = text.indexOf('word40');
    const parts = snippetParts(text, [[at, at + 'word40'.length]]);
    const shown = parts.map((p) => p.text).join('');
    expect(parts[0]?.text).toBe('…');
    expect(parts.at(-1)?.text).toBe('…');
    expect(shown.length).toBeLessThanOrEqual(175);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['word40']);
    expect(shown).toMatch(/^…word\d+ .* word\d+…$/); // whole words at both cuts
  });

  it('shows a short text whole, without an ellipsis', () => {
    expect(snippetParts('Debts and loans', [])).toEqual([{ text: 'Debts and loans', match: false }]);
  });
});
