import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HamrohDatabase } from '../../src/db';
import { getContact, getGuide, listGuides } from '../../src/db/content';
import { getInstalledPack, installPack } from '../../src/db/contentPack';
import { listBookmarks, setBookmark } from '../../src/db/bookmarks';
import { getSetting, setSetting } from '../../src/db/settings';
import { makePack } from '../fixtures/packs';

let db: HamrohDatabase;

beforeEach(async () => {
  db = new HamrohDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('installPack', () => {
  it('stores guides, contacts and the installed-pack row', async () => {
    const pack = await makePack(3);
    await installPack(db, pack, 'built-in');
    expect(await getInstalledPack(db)).toMatchObject({ version: 3, hash: pack.hash, source: 'built-in' });
    expect((await getGuide(db, 'ru', 'detention'))?.title).toBe('Detention ru');
    expect(await listGuides(db, 'uz-Cyrl')).toHaveLength(1);
    expect((await getContact(db, 'embassy-moscow'))?.phones[0]?.number).toBe('+74992383620');
  });

  it('replaces the previous content completely', async () => {
    await installPack(db, await makePack(1, ' old'), 'built-in');
    const next = await makePack(2, ' new');
    next.guides = next.guides.filter((g) => g.lang !== 'en');
    await installPack(db, next, 'online');
    expect(await getGuide(db, 'en', 'detention')).toBeUndefined();
    expect((await getGuide(db, 'ru', 'detention'))?.title).toBe('Detention ru new');
  });

  it('leaves the old content whole when the new pack fails half-way', async () => {
    const old = await makePack(1, ' old');
    await installPack(db, old, 'built-in');
    const broken = await makePack(2, ' new');
    const duplicate = broken.contacts[0];
    if (!duplicate) throw new Error('fixture has a contact');
    broken.contacts.push(duplicate); // bulkAdd fails on the second row with the same key
    await expect(installPack(db, broken, 'online')).rejects.toThrow();
    expect(await getInstalledPack(db)).toMatchObject({ version: 1, hash: old.hash });
    expect((await getGuide(db, 'en', 'detention'))?.title).toBe('Detention en old');
    expect(await listGuides(db, 'en')).toHaveLength(1);
  });

  it('writes many guides in several requests, and a failure in a later one still undoes them all', async () => {
    const old = await makePack(1, ' old');
    await installPack(db, old, 'built-in');
    const many = await makePack(2, ' new');
    const template = many.guides[0];
    if (!template) throw new Error('fixture has a guide');
    // 60 guides: more than three requests' worth. The last one repeats a key, so its request fails.
    const extra = Array.from({ length: 59 }, (_, i) => ({
      ...template,
      id: `g${i}`,
      key: `${template.lang}:g${i}`,
    }));
    many.guides = [...many.guides, ...extra, { ...template }];
    const requests: number[] = [];
    const bulkAdd = db.guides.bulkAdd.bind(db.guides);
    db.guides.bulkAdd = ((rows: readonly unknown[]) => {
      requests.push(rows.length);
      return bulkAdd(rows as never);
    }) as typeof db.guides.bulkAdd;
    await expect(installPack(db, many, 'online')).rejects.toThrow();
    expect(requests.length).toBeGreaterThan(3);
    expect(Math.max(...requests)).toBeLessThan(many.guides.length);
    expect(await getInstalledPack(db)).toMatchObject({ version: 1, hash: old.hash });
    expect(await db.guides.count()).toBe(old.guides.length);
    expect((await getGuide(db, 'en', 'detention'))?.title).toBe('Detention en old');
  });

  it('does not touch user data', async () => {
    await setBookmark(db, 'detention', true);
    await setSetting(db, 'language', 'ru');
    await installPack(db, await makePack(5), 'built-in');
    expect(await listBookmarks(db)).toEqual(['detention']);
    expect(await getSetting(db, 'language')).toBe('ru');
  });
});

describe('bookmarks', () => {
  it('saves and removes a guide', async () => {
    await setBookmark(db, 'detention', true);
    await setBookmark(db, 'debts', true);
    await setBookmark(db, 'detention', false);
    expect(await listBookmarks(db)).toEqual(['debts']);
  });
});
