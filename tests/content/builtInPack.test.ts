/**
 * The pack the app was built with goes through the one verifier with the build's hash: its hash
 * proves its body, so the schema and sense checks are skipped; anything that is not exactly that
 * pack gets every check.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPack } from '../../src/content/build/pack';
import { BuiltInPackRefused, loadBuiltInPack } from '../../src/content/builtInPack';
import { packHash } from '../../src/content/fingerprint';
import { withoutGeneratedGuides } from '../../src/content/generatedGuides';
import type { Pack } from '../../src/content/schema';
import { verifyPack } from '../../src/content/verify/verifyPack';
import { TODAY } from '../fixtures/today';

const result = await buildPack(join(import.meta.dirname, '..', '..'), { today: TODAY });
if (!result.ok) throw new Error('content does not build');
const built = result.pack;
const asFile = (pack: Pack) => JSON.stringify(withoutGeneratedGuides(pack));
const asBuiltIn = (text: string, builtHash: string) => verifyPack(text, { kind: 'built-in', builtHash });
const reasonOf = async (text: string, builtHash: string) => {
  const verified = await asBuiltIn(text, builtHash);
  return verified.ok ? 'accepted' : verified.reason;
};

const firstEnglish = built.guides.findIndex((g) => g.lang === 'en');

/** A body the schema refuses (an empty English guide title), with a hash that matches it. */
async function schemaBreakingPack(): Promise<Pack> {
  const guides = built.guides.map((g, i) => (i === firstEnglish ? { ...g, title: '' } : g));
  const broken = { ...built, guides };
  return { ...broken, hash: await packHash(broken) };
}

afterEach(() => vi.unstubAllGlobals());

describe('the built-in pack, with the build’s hash', () => {
  it('gives the same pack as every check', async () => {
    expect(await asBuiltIn(asFile(built), built.hash)).toEqual(
      await verifyPack(asFile(built), { kind: 'to-sign' }),
    );
  });

  it('trusts the hash instead of the schema: that is the step it saves', async () => {
    const broken = await schemaBreakingPack();
    expect(await reasonOf(asFile(broken), 'f'.repeat(64))).toBe('schema');
    const proven = await asBuiltIn(asFile(broken), broken.hash);
    expect(proven.ok && proven.pack.guides[firstEnglish]?.title).toBe('');
  });

  it('checks everything when the body is not the built one', async () => {
    const broken = await schemaBreakingPack();
    // The file claims the build's hash, but its body hashes to something else.
    expect(await reasonOf(asFile({ ...broken, hash: built.hash }), built.hash)).toBe('schema');
    const retitled = built.guides.map((g, i) => (i === 0 ? { ...g, title: `${g.title}!` } : g));
    expect(await reasonOf(asFile({ ...built, guides: retitled }), built.hash)).toBe('hash');
  });

  it('still checks the envelope, which the hash does not cover', async () => {
    expect(await reasonOf(asFile({ ...built, version: 0 }), built.hash)).toBe('schema');
    expect(await reasonOf(asFile({ ...built, version: 2 ** 31 + 1 }), built.hash)).toBe('schema');
    expect(await reasonOf(JSON.stringify({ hash: built.hash, guides: 'x' }), built.hash)).toBe('schema');
  });

  it('falls back to every check for a pack of another build', async () => {
    const other = { ...built, version: built.version + 1 };
    expect(await asBuiltIn(asFile(other), 'f'.repeat(64))).toEqual({ ok: true, pack: other });
  });
});

describe('loadBuiltInPack', () => {
  it('fetches the precached file and proves it by the build’s hash', async () => {
    vi.stubGlobal('fetch', async () => new Response(asFile(built)));
    expect(await loadBuiltInPack({ url: 'http://app.test/content/pack.json' }, built.hash)).toEqual(built);
  });

  it('a refusal carries its reason from the one vocabulary', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Sign in to the Wi-Fi</html>'));
    const load = loadBuiltInPack({ url: 'http://app.test/content/pack.json' }, built.hash);
    await expect(load).rejects.toBeInstanceOf(BuiltInPackRefused);
    await expect(load).rejects.toMatchObject({ refusal: { reason: 'web-page' } });
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    await expect(loadBuiltInPack({ url: 'http://app.test/x' }, built.hash)).rejects.toThrow('network');
  });
});
