/**
 * Every earlier database version, as a phone holds it, opens with today's HamrohDatabase with zero
 * rows lost. Each new Dexie version adds a fixture of the version before it (tests/db/fixtures/),
 * holding that version's user data; the first test fails until it does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HamrohDatabase } from '../../src/db';
import { listBookmarks } from '../../src/db/bookmarks';
import { getInstalledPack } from '../../src/db/contentPack';
import { getSetting } from '../../src/db/settings';
import { v1 } from './fixtures/v1';
import { v2 } from './fixtures/v2';
import { createRawDatabase, type DatabaseFixture } from './rawDatabase';

const FIXTURES: DatabaseFixture[] = [v1, v2];

const opened: HamrohDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function upgrade(fixture: DatabaseFixture): Promise<HamrohDatabase> {
  const name = `upgrade-v${fixture.version}-${crypto.randomUUID()}`;
  await createRawDatabase(name, fixture);
  const db = new HamrohDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

const rowsIn = (fixture: DatabaseFixture, table: string) => fixture.rows[table] ?? [];
const field = (row: unknown, name: string) =>
  row !== null && typeof row === 'object' && name in row ? String(Reflect.get(row, name)) : undefined;

it('has a fixture for every earlier database version', () => {
  const current = new HamrohDatabase('never-opened').verno;
  const earlier = Array.from({ length: current - 1 }, (_, i) => i + 1);
  expect(FIXTURES.map((f) => f.version)).toEqual(earlier);
});

describe.each(FIXTURES)('a phone at database v$version', (fixture) => {
  it('upgrades to the current version', async () => {
    const db = await upgrade(fixture);
    expect(db.verno).toBe(new HamrohDatabase('never-opened').verno);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(Object.keys(fixture.stores)));
  });

  it('keeps every row of every table, unchanged', async () => {
    const db = await upgrade(fixture);
    for (const table of Object.keys(fixture.rows)) {
      const rows = await db.table(table).toArray();
      expect(rows, table).toHaveLength(rowsIn(fixture, table).length);
      expect(rows, table).toEqual(expect.arrayContaining(rowsIn(fixture, table)));
    }
  });

  it('the app still finds the saved topics, the chosen language and the installed pack', async () => {
    const db = await upgrade(fixture);
    const saved = rowsIn(fixture, 'bookmarks').map((row) => field(row, 'guideId'));
    expect((await listBookmarks(db)).sort()).toEqual(saved.sort());
    const language = rowsIn(fixture, 'settings').find((row) => field(row, 'key') === 'language');
    expect(await getSetting(db, 'language')).toBe(field(language, 'value'));
    expect(await getInstalledPack(db)).toBeDefined();
  });
});
