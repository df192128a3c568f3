/**
 * parsePack's short way for the pack the app was built with: its hash proves its body, so the
 * schema check is skipped; anything that is not exactly that pack gets every check.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/content/build/pack';
import { packHash } from '../../src/content/fingerprint';
import { withoutGeneratedGuides } from '../../src/content/generatedGuides';
import { parsePack } from '../../src/content/loadPack';
import type { Pack } from '../../src/content/schema';
import { TODAY } from '../fixtures/today';

const result = await buildPack(join(import.meta.dirname, '..', '..'), { today: TODAY });
if (!result.ok) throw new Error('content does not build');
const built = result.pack;
const asFile = (pack: Pack) => JSON.stringify(withoutGeneratedGuides(pack));

const firstEnglish = built.guides.findIndex((g) => g.lang === 'en');

/** A body the schema refuses (an empty English guide title), with a hash that matches it. */
async function schemaBreakingPack(): Promise<Pack> {
  const guides = built.guides.map((g, i) => (i === firstEnglish ? { ...g, title: '' } : g));
  const broken = { ...built, guides };
  return { ...broken, hash: await packHash(broken) };
}

describe('parsePack with the build’s hash', () => {
  it('gives the same pack as the full checks', async () => {
    expect(await parsePack(asFile(built), built.hash)).toEqual(await parsePack(asFile(built)));
  });

  it('trusts the hash instead of the schema: that is the step it saves', async () => {
    const broken = await schemaBreakingPack();
    await expect(parsePack(asFile(broken))).rejects.toThrow(/schema/);
    expect((await parsePack(asFile(broken), broken.hash)).guides[firstEnglish]?.title).toBe('');
  });

  it('checks everything when the body is not the built one', async () => {
    const broken = await schemaBreakingPack();
    // The file claims the build's hash, but its body hashes to something else.
    await expect(parsePack(asFile({ ...broken, hash: built.hash }), built.hash)).rejects.toThrow(/schema/);
    const retitled = built.guides.map((g, i) => (i === 0 ? { ...g, title: `${g.title}!` } : g));
    await expect(parsePack(asFile({ ...built, guides: retitled }), built.hash)).rejects.toThrow(/hash/);
  });

  it('still checks the envelope, which the hash does not cover', async () => {
    await expect(parsePack(asFile({ ...built, version: 0 }), built.hash)).rejects.toThrow(/schema/);
    await expect(parsePack(JSON.stringify({ hash: built.hash, guides: 'x' }), built.hash)).rejects.toThrow(
      /schema/,
    );
  });

  it('falls back to the full checks for a pack of another build', async () => {
    const other = { ...built, version: built.version + 1 };
    const otherFile = asFile(other);
    expect(await parsePack(otherFile, 'f'.repeat(64))).toEqual(other);
  });
});
