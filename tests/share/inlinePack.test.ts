/** The single-file edition's content: its pack rebuilt from inside the file, read-only, nothing fetched. */
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundledPack } from 'virtual:content-pack-meta';
import { buildPack } from '../../src/content/build/pack';
import { loadBuiltInPack } from '../../src/content/builtInPack';
import type { Pack } from '../../src/content/schema';
import { SINGLE_FILE, startContent } from '../../src/content/startup';
import { db } from '../../src/db';
import { getInstalledPack } from '../../src/db/contentPack';
import { TODAY } from '../fixtures/today';

let pack: Pack;
/** What the single build puts in the file (scripts/vite-plugin-content.ts with `inline`). */
const inlineText = (p: Pack) =>
  JSON.stringify({ ...p, guides: p.guides.filter((g) => g.lang !== 'uz-Cyrl') });

beforeAll(async () => {
  const result = await buildPack(join(import.meta.dirname, '..', '..'), { today: TODAY });
  if (!result.ok) throw new Error('content does not build');
  pack = result.pack;
});

afterEach(() => {
  Reflect.deleteProperty(bundledPack, 'inline');
});

const unpackInlinePack = (text: string, hash: string) => loadBuiltInPack({ text }, hash);

describe('the pack inside the file', () => {
  it('generates the Uzbek Cyrillic guides again, exactly as the build did', async () => {
    expect(inlineText(pack).length).toBeLessThan(JSON.stringify(pack).length * 0.85);
    expect(await unpackInlinePack(inlineText(pack), pack.hash)).toEqual(pack);
  });

  it('refuses content that does not match its hash', async () => {
    const changed = {
      ...pack,
      guides: pack.guides.map((g, i) => (i === 0 ? { ...g, title: 'Changed' } : g)),
    };
    await expect(unpackInlinePack(inlineText(changed), pack.hash)).rejects.toThrow(/hash/);
  });
});

describe('startContent in the single-file edition', () => {
  it('reads the pack inside the file, read-only, without fetching or installing anything', async () => {
    const fetches: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetches.push(url);
      throw new TypeError('no network from file://');
    });
    Object.assign(bundledPack, { version: pack.version, hash: pack.hash, inline: inlineText(pack) });
    await db.delete();
    await db.open();

    const state = await startContent('file:///sdcard/Download/hamroh.html');
    expect(state).toMatchObject({ status: 'ready', readOnly: true, reason: SINGLE_FILE });
    if (state.status !== 'ready') throw new Error('not ready');
    expect((await state.reader.guide('uz-Cyrl', 'detention'))?.title).toBe(
      pack.guides.find((g) => g.key === 'uz-Cyrl:detention')?.title,
    );
    expect(await state.reader.installedPack()).toMatchObject({ version: pack.version, hash: pack.hash });
    expect(fetches).toEqual([]);
    expect(await getInstalledPack(db)).toBeUndefined();
  });
});
