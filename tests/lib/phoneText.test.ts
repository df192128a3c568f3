import { describe, expect, it } from 'vitest';
import { splitPhoneNumbers, writtenNumberToE164 } from '../../src/lib/phoneText';

describe('phone numbers in text', () => {
  it('makes the full numbers in a sentence callable and keeps the rest as text', () => {
    const parts = splitPhoneNumbers('Call the call centre: +7 499 238-36-20, or 8 800 707-05-28 (free).');
    expect(parts).toEqual([
      { text: 'Call the call centre: ' },
      { text: '+7 499 238-36-20', tel: '+74992383620' },
      { text: ', or ' },
      { text: '8 800 707-05-28', tel: '+78007070528' },
      { text: ' (free).' },
    ]);
  });

  it('leaves short numbers, years and counts as text', () => {
    for (const text of [
      'Call 112 or 102.',
      'In 2025 about 35 000 people',
      'KoAP 27.5, part 4',
      'within 48 hours',
    ]) {
      expect(splitPhoneNumbers(text)).toEqual([{ text }]);
    }
  });

  it('gives the E.164 form only for full numbers', () => {
    expect(writtenNumberToE164('+998 71 202-33-55')).toBe('+998712023355');
    expect(writtenNumberToE164('8 (495) 123-45-67')).toBe('+74951234567');
    expect(writtenNumberToE164('8 495 123')).toBeUndefined();
    expect(writtenNumberToE164('+12')).toBeUndefined();
  });

  it('keeps every character of the text, in order', () => {
    const text = 'a +7 925 045-47-44 b +998 71 202-33-55 c';
    expect(
      splitPhoneNumbers(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
