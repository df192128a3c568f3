import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, decodeBase85, encodeBase85 } from '../../src/features/share/singleFile/base85';

describe('base85 for the single file', () => {
  it('has 85 distinct characters, none that means something in HTML or a JavaScript string', () => {
    expect(new Set(ALPHABET).size).toBe(85);
    expect(ALPHABET).not.toMatch(/[<>&"'\\`$}\s]/);
  });

  it('decodes what it encodes, for every length (short last groups included)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase85(bytes);
        expect(text.length).toBe(Math.ceil((bytes.length * 5) / 4));
        expect([...decodeBase85(text)]).toEqual([...bytes]);
      }),
    );
  });

  it('handles the extremes of a group', () => {
    const bytes = Uint8Array.from([255, 255, 255, 255, 0, 0, 0, 0, 255]);
    expect([...decodeBase85(encodeBase85(bytes))]).toEqual([...bytes]);
  });

  it('refuses text that is not its own', () => {
    expect(() => decodeBase85('ab<cd')).toThrow(/unexpected character/);
    expect(() => decodeBase85('abcde1')).toThrow(/truncated/);
    expect(() => decodeBase85('~~~~~')).toThrow(/out of range/);
  });
});
