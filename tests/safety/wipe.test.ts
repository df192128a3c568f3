import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HamrohDatabase } from '../../src/db';
import { listGuides } from '../../src/db/content';
import { contentTables, installPack } from '../../src/db/contentPack';
import { listBookmarks, setBookmark } from '../../src/db/bookmarks';
import { getSetting, setSetting } from '../../src/db/settings';
import { deletePersonalData, personalTables } from '../../src/db/wipe';
import { makePack } from '../fixtures/packs';

let db: HamrohDatabase;
beforeEach(async () => {
  db = new HamrohDatabase(`wipe-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(() => db.delete());

describe('delete my data', () => {
  it('clears saved guides and choices but keeps the guides themselves', async () => {
    await installPack(db, await makePack(1), 'built-in');
    await setBookmark(db, 'detention', true);
    await setSetting(db, 'language', 'ru');
    await deletePersonalData(db);
    expect(await listBookmarks(db)).toEqual([]);
    expect(await getSetting(db, 'language')).toBeUndefined();
    expect(await listGuides(db, 'en')).toHaveLength(1);
  });

  it('covers every table that is not content, so a new personal table cannot be forgotten', () => {
    const personal = personalTables(db)
      .map((t) => t.name)
      .sort();
    // Content tables and content bookkeeping are not personal; every other table is.
    const content = [...contentTables(db).map((t) => t.name), 'contentMeta', 'packHistory'];
    const others = db.tables
      .map((t) => t.name)
      .filter((name) => !content.includes(name))
      .sort();
    expect(personal).toEqual(others);
  });
});
