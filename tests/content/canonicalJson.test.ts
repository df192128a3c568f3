/**
 * The pack hash depends on canonicalJson byte for byte: the build and every phone must agree, or
 * every genuine pack would be refused. These pin its form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildPack } from '../../src/content/build/pack';
import { canonicalBodyBytes, canonicalJson } from '../../src/content/fingerprint';
import { makePack } from '../fixtures/packs';
import { TODAY } from '../fixtures/today';

describe('canonicalJson', () => {
  it('writes keys sorted at every level, whatever order they came in', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 0, y: 'x' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":"x","z":0}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('sorts by UTF-16 code units (capitals before small letters, Latin before Cyrillic)', () => {
    expect(canonicalJson({ я: 1, a: 2, B: 3, 'uz-Cyrl': 4, uz: 5 })).toBe(
      '{"B":3,"a":2,"uz":5,"uz-Cyrl":4,"я":1}',
    );
  });

  it('leaves out keys that hold undefined, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('escapes text exactly as JSON.stringify does', () => {
    const text = 'quote " backslash \\ new\nline oʻgʻ «»\u2028';
    expect(canonicalJson({ text })).toBe(`{"text":${JSON.stringify(text)}}`);
  });

  it('is the same for any JSON value as sorting the keys and letting JSON.stringify write it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const sortedCopy = (v: unknown): unknown => {
          if (Array.isArray(v)) return v.map(sortedCopy);
          if (v !== null && typeof v === 'object') {
            // A Map keeps insertion order for every key (an object would move "1" before "a").
            return new Map(
              Object.keys(v)
                .sort()
                .map((k) => [k, sortedCopy((v as Record<string, unknown>)[k])]),
            );
          }
          return v;
        };
        const write = (v: unknown): string => {
          if (v instanceof Map)
            return `{${[...v].map(([k, x]) => `${JSON.stringify(k)}:${write(x)}`).join(',')}}`;
          if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
          return JSON.stringify(v);
        };
        expect(canonicalJson(value)).toBe(write(sortedCopy(value)));
      }),
      { numRuns: 300 },
    );
  });
});

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('canonicalBodyBytes (made in slices, for the pack hash)', () => {
  it('is canonicalJson of the five body parts as UTF-8, for the real pack and a small one', async () => {
    const built = await buildPack(join(import.meta.dirname, '..', '..'), { today: TODAY });
    if (!built.ok) throw new Error('content does not build');
    for (const pack of [built.pack, await makePack(1)]) {
      const { guides, contacts, phrases, regions, cards } = pack;
      expect(await canonicalBodyBytes(pack)).toEqual(
        utf8(canonicalJson({ guides, contacts, phrases, regions, cards })),
      );
    }
  }, 30_000); // builds the whole real pack: seconds on a busy machine

  it('agrees with canonicalJson on any body and any text, extra fields left out', async () => {
    // Whole Unicode: letters outside the first plane are two UTF-16 units, which a slice must
    // never split.
    const text = fc.string({ unit: 'binary' });
    const item = fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(text, fc.integer(), fc.boolean()));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          guides: fc.array(item, { maxLength: 40 }),
          contacts: fc.array(item, { maxLength: 20 }),
          phrases: fc.array(item, { maxLength: 3 }),
          regions: fc.array(item, { maxLength: 3 }),
          cards: fc.array(item, { maxLength: 3 }),
          extra: fc.string(),
        }),
        async (body) => {
          const { guides, contacts, phrases, regions, cards } = body;
          const expected = canonicalJson({ guides, contacts, phrases, regions, cards });
          expect(await canonicalBodyBytes(body as never)).toEqual(utf8(expected));
        },
      ),
      { numRuns: 60 },
    );
  });
});
