/**
 * No changed pack is accepted. Starting from a valid signed pack (accepted, checked first), any
 * change — one byte of the file, any field replaced by any JSON value, a field removed or added —
 * must be refused. The only changes allowed through are those that do not change the pack's
 * meaning (none exist for a single byte of this pack; the filter just states the rule).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/content/fingerprint';
import { signPack } from '../../../src/content/updates/signature';
import { verifyPack } from '../../../src/content/verify/verifyPack';
import { OTHER_SECRET_KEY, bytesOf, makeSignedPack, updateNewerThan } from '../../fixtures/signedPacks';

const EXPECT = updateNewerThan(1);
let original: Record<string, unknown>;
let originalBytes: Uint8Array;
let originalMeaning: string;

beforeAll(async () => {
  original = JSON.parse(JSON.stringify(await makeSignedPack(2, ' signed'))) as Record<string, unknown>;
  originalBytes = bytesOf(original);
  originalMeaning = canonicalJson(original);
  expect((await verifyPack(originalBytes, EXPECT)).ok).toBe(true);
});

function sameMeaning(bytes: Uint8Array): boolean {
  try {
    return (
      canonicalJson(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))) === originalMeaning
    );
  } catch {
    return false;
  }
}

/** Every path in the pack, containers included: ['guides'], ['guides', 0], ['guides', 0, 'title'], … */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((child, i) => [i, child])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...allPaths(child, [...prefix, key])]);
}

type Change =
  { kind: 'replace'; value: unknown } | { kind: 'remove' } | { kind: 'add'; key: string; value: unknown };

function changed(path: (string | number)[], change: Change): unknown {
  const copy = structuredClone(original);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path.at(-1);
  if (last === undefined || parent === null || typeof parent !== 'object') return copy;
  const container = parent as Record<string | number, unknown>;
  if (change.kind === 'replace') container[last] = change.value;
  else if (change.kind === 'remove' && Array.isArray(container)) container.splice(Number(last), 1);
  else if (change.kind === 'remove') Reflect.deleteProperty(container, last);
  else {
    const target = container[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      (target as Record<string, unknown>)[change.key] = change.value;
    } else container[last] = { [change.key]: change.value };
  }
  return copy;
}

describe('a mutated signed pack is never accepted', () => {
  it('any byte of the file, replaced by any other byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 1_000_000 }),
        fc.integer({ min: 1, max: 255 }),
        async (position, delta) => {
          const bytes = originalBytes.slice();
          const at = position % bytes.length;
          bytes[at] = ((bytes[at] ?? 0) + delta) % 256;
          fc.pre(!sameMeaning(bytes));
          expect((await verifyPack(bytes, EXPECT)).ok).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('any field replaced by any JSON value, removed, or given an extra field', async () => {
    const paths = allPaths(original);
    const change: fc.Arbitrary<Change> = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('remove' as const) }),
      fc.record({
        kind: fc.constant('add' as const),
        key: fc.string({ minLength: 1 }),
        value: fc.jsonValue(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), change, async (path, how) => {
        const bytes = bytesOf(changed(path, how));
        fc.pre(!sameMeaning(bytes));
        expect((await verifyPack(bytes, EXPECT)).ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('the header re-signed by another key, with any version', async () => {
    const base = await makeSignedPack(2);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 1_000_000 }), async (version) => {
        const forged = await signPack({ ...base, version }, OTHER_SECRET_KEY);
        expect(await verifyPack(bytesOf(forged), EXPECT)).toMatchObject({ ok: false, reason: 'signature' });
      }),
      { numRuns: 50 },
    );
  });
});
