/** Plain text only (an allow-list) and no hidden characters, for every string of a pack's body. */
import { describe, expect, it } from 'vitest';
import type { PackBody } from '../../../src/content/schema';
import {
  hiddenCharacterProblems,
  isPlainText,
  unsafeTextProblems,
} from '../../../src/content/verify/textRules';
import { makePack } from '../../fixtures/packs';

describe('isPlainText', () => {
  it('lets ordinary content through, "<" and "&" included where HTML reads them as text', () => {
    for (const text of [
      'Call 112: it is free.',
      'Salary on time = a right, not a favour.',
      'Oʻzbekiston Respublikasi elchixonasi',
      'Не подписывайте документы на непонятном языке.',
      'Pay 2 < 3 times the fee? Ask for a receipt.',
      'Fines < 5000 roubles & no arrest',
      'a <- b, x <= 3, <3',
      'Tom & Jerry; 50 % & more',
    ]) {
      expect(isPlainText(text), text).toBe(true);
    }
  });

  it.each([
    '<script>alert(1)</script>',
    'Call us <SCRIPT src=//evil.example>',
    'see <img src=x onerror=alert(1)>',
    '<iframe src="https://evil.example">',
    '</p>',
    '<!-- hidden -->',
    '<?xml version="1.0"?>',
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href=//evil.example/x>x</a>',
    '<div style="background:url(http://evil.example/x)">',
    '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;',
    '&#60;script&#62;',
    '&#60 without a semicolon',
    'javascript&colon;alert(1)',
    '&lt;b&gt;',
    'AT&T',
  ])('refuses markup and character references: %j', (text) => {
    expect(isPlainText(text)).toBe(false);
  });

  it('plain text that only looks like code stays plain: shown as text, it is text in HTML too', () => {
    for (const text of [
      'javascript:alert(1)',
      'onerror=alert(1)',
      '![x](http://evil.example/x.png)',
      '{{version}}',
    ]) {
      expect(isPlainText(text), text).toBe(true);
    }
  });
});

async function body(): Promise<PackBody> {
  const { guides, contacts, phrases, regions, cards } = structuredClone(await makePack(1));
  return { guides, contacts, phrases, regions, cards };
}

describe('over a pack body', () => {
  it('names the path of what it refuses', async () => {
    const b = await body();
    const guide = b.guides[0];
    if (!guide) throw new Error('fixture has a guide');
    guide.summary = 'See <b>this</b>';
    expect(unsafeTextProblems(b)).toEqual([
      { reason: 'unsafe-text', detail: 'guides.0.summary is not plain text' },
    ]);
  });

  it('lets an address hold "&" in its query, but no quote, bracket or space', async () => {
    const b = await body();
    const source = b.guides[0]?.sources[0];
    if (!source) throw new Error('fixture has a source');
    source.url = 'https://consulate.example/index?action=stat&language=ru';
    expect(unsafeTextProblems(b)).toEqual([]);
    source.url = 'https://consulate.example/"><script>';
    expect(unsafeTextProblems(b).map((p) => p.detail)).toEqual(['guides.0.sources.0.url is not plain text']);
  });

  it('finds direction, zero-width and control characters anywhere; tab and line break are text', async () => {
    for (const hidden of [
      '\u202e',
      '\u2066',
      '\u200f',
      '\u200b',
      '\u2060',
      '\ufeff',
      '\u00ad',
      '\u0007',
      '\u2028',
      '\u3164',
    ]) {
      const b = await body();
      const phrase = b.phrases[0];
      if (!phrase) throw new Error('fixture has a phrase');
      phrase.text.en = `I need${hidden} an interpreter.`;
      expect(hiddenCharacterProblems(b), JSON.stringify(hidden)).toHaveLength(1);
    }
    const b = await body();
    const phrase = b.phrases[0];
    if (!phrase) throw new Error('fixture has a phrase');
    phrase.text.en = 'Line one\nline two\twith a tab';
    expect(hiddenCharacterProblems(b)).toEqual([]);
  });
});
