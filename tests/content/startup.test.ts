import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from 'virtual:content-pack-meta';
import { db } from '../../src/db';
import { getGuide } from '../../src/db/content';
import { getInstalledPack, installPack } from '../../src/db/contentPack';
import { shouldInstallBundled, startContent } from '../../src/content/startup';
import type { Pack } from '../../src/content/schema';
import { makePack } from '../fixtures/packs';

const BASE = 'http://app.test/hamroh/';
let served: Pack;
let fetches: string[];

function ship(pack: Pack) {
  served = pack;
  Object.assign(bundledPack, { version: pack.version, hash: pack.hash });
}

/** Node has no localStorage; a Map-backed one stands in for the browser's. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'clear'> {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    clear: () => items.clear(),
  };
}

beforeEach(async () => {
  fetches = [];
  vi.stubGlobal('localStorage', memoryStorage());
  // Only the network is faked; the database is the real Dexie code on fake-indexeddb.
  vi.stubGlobal('fetch', async (url: string) => {
    fetches.push(url);
    return new Response(JSON.stringify(served));
  });
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('shouldInstallBundled', () => {
  it('installs on first run, on a newer version, and on changed content of the same version', () => {
    const a = '1'.repeat(64);
    const b = '2'.repeat(64);
    expect(shouldInstallBundled(undefined, { version: 1, hash: a })).toBe(true);
    expect(shouldInstallBundled({ version: 1, hash: a }, { version: 2, hash: b })).toBe(true);
    expect(shouldInstallBundled({ version: 1, hash: a }, { version: 1, hash: b })).toBe(true);
    expect(shouldInstallBundled({ version: 1, hash: a }, { version: 1, hash: a })).toBe(false);
    // A newer pack from an online update or a file is never replaced by an older built-in one.
    expect(shouldInstallBundled({ version: 3, hash: a }, { version: 2, hash: b })).toBe(false);
  });
});

describe('startContent', () => {
  it('first run: fetches the bundled pack relative to the app and installs it', async () => {
    ship(await makePack(1));
    const state = await startContent(BASE);
    expect(state).toMatchObject({ status: 'ready', readOnly: false });
    expect(fetches).toEqual(['http://app.test/hamroh/content/pack.json']);
    expect((await getGuide(db, 'en', 'detention'))?.title).toBe('Detention en');
    expect(await getInstalledPack(db)).toMatchObject({ version: 1, source: 'built-in' });
  });

  it('same pack: reads nothing from the network and keeps the stored rows', async () => {
    const pack = await makePack(1);
    ship(pack);
    await installPack(db, pack, 'built-in');
    const before = await getInstalledPack(db);
    await startContent(BASE);
    expect(fetches).toEqual([]);
    expect((await getInstalledPack(db))?.installedAt).toBe(before?.installedAt);
  });

  it('newer bundled pack: replaces the stored content', async () => {
    await installPack(db, await makePack(1, ' old'), 'built-in');
    ship(await makePack(2, ' new'));
    await startContent(BASE);
    expect((await getGuide(db, 'ru', 'detention'))?.title).toBe('Detention ru new');
    expect((await getInstalledPack(db))?.version).toBe(2);
  });

  it('older bundled pack: keeps the newer stored content', async () => {
    await installPack(db, await makePack(4, ' updated'), 'online');
    ship(await makePack(2, ' bundled'));
    await startContent(BASE);
    expect(fetches).toEqual([]);
    expect((await getGuide(db, 'en', 'detention'))?.title).toBe('Detention en updated');
  });

  it('a damaged bundled pack is not installed and the old content stays', async () => {
    await installPack(db, await makePack(1, ' old'), 'built-in');
    const next = await makePack(2, ' new');
    ship(next);
    served = { ...next, guides: next.guides.slice(1) }; // content no longer matches its hash
    const state = await startContent(BASE);
    expect(state.status).toBe('ready');
    expect((await getGuide(db, 'en', 'detention'))?.title).toBe('Detention en old');
  });

  it('tells the person when a database that had content was emptied (evicted) and rebuilds it', async () => {
    const pack = await makePack(1);
    ship(pack);
    expect(await startContent(BASE)).toMatchObject({ status: 'ready', dataLost: false }); // first run
    await db.delete();
    await db.open();
    expect(await startContent(BASE)).toMatchObject({ status: 'ready', dataLost: true });
    expect((await getGuide(db, 'en', 'detention'))?.title).toBe('Detention en');
    expect(await startContent(BASE)).toMatchObject({ status: 'ready', readOnly: false }); // and only once
  });

  it('without IndexedDB: reads the bundled pack from memory, read-only', async () => {
    ship(await makePack(1));
    vi.spyOn(db, 'open').mockRejectedValue(Object.assign(new Error('blocked'), { name: 'MissingAPIError' }));
    const state = await startContent(BASE);
    expect(state).toMatchObject({ status: 'ready', readOnly: true, reason: 'MissingAPIError' });
    if (state.status !== 'ready') throw new Error('not ready');
    expect((await state.reader.guide('uz', 'detention'))?.title).toBe('Detention uz');
    expect(await state.reader.installedPack()).toMatchObject({ version: 1, source: 'built-in' });
  });

  it('without IndexedDB and without the pack: reports failure instead of showing nothing', async () => {
    ship(await makePack(1));
    vi.spyOn(db, 'open').mockRejectedValue(new Error('blocked'));
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await startContent(BASE)).status).toBe('failed');
  });
});
