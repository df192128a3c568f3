/**
 * Every earlier database version, as a phone holds it, opens with today's HamrohDatabase with zero
 * rows lost, and "go back to the previous texts" either works on the pack it kept or is not
 * offered. Each new Dexie version adds a fixture of the version before it (tests/db/fixtures/),
 * holding that version's user data; the first test fails until it does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HamrohDatabase } from '../../src/db';
import { listBookmarks } from '../../src/db/bookmarks';
import { getGuide } from '../../src/db/content';
import { getInstalledPack } from '../../src/db/contentPack';
import {
  getRollbackTarget,
  getRolledBackVersion,
  NoPreviousPackError,
  rollBackToPrevious,
} from '../../src/db/packHistory';
import { getSetting } from '../../src/db/settings';
import { v1 } from './fixtures/v1';
import { v2 } from './fixtures/v2';
import { v3 } from './fixtures/v3';
import { createRawDatabase, type DatabaseFixture } from './rawDatabase';

const FIXTURES: DatabaseFixture[] = [v1, v2, v3];

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

it('has a fixture for every earlier database version (and may have one of the current)', () => {
  const current = new HamrohDatabase('never-opened').verno;
  const earlier = Array.from({ length: current - 1 }, (_, i) => i + 1);
  const versions = FIXTURES.map((f) => f.version);
  expect(versions).toEqual(expect.arrayContaining(earlier));
  expect(versions.every((version) => version <= current)).toBe(true);
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

describe('going back to the previous texts after an upgrade', () => {
  it('v2 kept a pack without phrases, regions or officer card: not offered, and refused whole if asked', async () => {
    const db = await upgrade(v2);
    expect(await getRollbackTarget(db)).toBeUndefined();
    await expect(rollBackToPrevious(db)).rejects.toBeInstanceOf(NoPreviousPackError);
    expect(await getInstalledPack(db)).toMatchObject({ version: 2, source: 'online' });
    expect(await db.guides.count()).toBe(1);
    expect(await db.packHistory.count()).toBe(1);
  });

  it('v3 kept the whole pack: the rollback is offered and works, the card and notes untouched', async () => {
    const db = await upgrade(v3);
    expect(await getRollbackTarget(db)).toMatchObject({ version: 1, source: 'built-in' });
    expect(await rollBackToPrevious(db)).toMatchObject({
      version: 1,
      hash: 'c'.repeat(64),
      source: 'built-in',
    });
    expect((await getGuide(db, 'en', 'detention'))?.title).toBe('If you are detained (built-in v1, en)');
    expect((await db.cards.get('officer'))?.lines[0]?.text.en).toBe(
      'I ask for an interpreter (built-in v1).',
    );
    expect(await db.phrases.count()).toBe(1);
    expect(await getRolledBackVersion(db)).toBe(2);
    expect(await db.personalCard.toArray()).toEqual(rowsIn(v3, 'personalCard'));
    expect(await db.notes.toArray()).toEqual(rowsIn(v3, 'notes'));
  });

  it('a kept pack the app would refuse today (a link to nothing) is not offered either', async () => {
    const kept = structuredClone(v3);
    const history = kept.rows.packHistory?.[0] as { body: { guides: { contacts: string[] }[] } };
    for (const guide of history.body.guides) guide.contacts = ['embassy-tashkent'];
    const db = await upgrade(kept);
    expect(await getRollbackTarget(db)).toBeUndefined();
    await expect(rollBackToPrevious(db)).rejects.toBeInstanceOf(NoPreviousPackError);
  });
});
