import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/content/schema';
import { importUpdateFile } from '../../../src/content/updates/importFile';
import { installUpdate, isQuotaError } from '../../../src/content/updates/install';
import { HamrohDatabase } from '../../../src/db';
import { listBookmarks, setBookmark } from '../../../src/db/bookmarks';
import { getContact, getGuide } from '../../../src/db/content';
import { getInstalledPack, installPack } from '../../../src/db/contentPack';
import {
  getRollbackTarget,
  getRolledBackVersion,
  installUpdateKeepingPrevious,
  NotNewerError,
  rollBackToPrevious,
} from '../../../src/db/packHistory';
import { getSetting, setSetting } from '../../../src/db/settings';
import { makePack } from '../../fixtures/packs';
import { TRUST, bytesOf, makeSignedPack, resign } from '../../fixtures/signedPacks';

let db: HamrohDatabase;
let builtIn: Pack;

beforeEach(async () => {
  db = new HamrohDatabase(`updates-${crypto.randomUUID()}`);
  await db.open();
  builtIn = await makePack(1, ' old');
  await installPack(db, builtIn, 'built-in');
});
afterEach(() => db.delete());

const title = async () => (await getGuide(db, 'en', 'detention'))?.title;
const fileOf = (value: unknown) => new Blob([bytesOf(value)], { type: 'application/json' });

/** Everything a failed update must leave alone. */
async function expectOldContentWhole() {
  expect(await title()).toBe('Detention en old');
  expect(await getInstalledPack(db)).toMatchObject({ version: 1, hash: builtIn.hash, source: 'built-in' });
  expect(await getRollbackTarget(db)).toBeUndefined();
  expect(await db.packHistory.count()).toBe(0);
}

describe('installing an update', () => {
  it('replaces the content, records where it came from and keeps the previous pack', async () => {
    const next = await makeSignedPack(2, ' new');
    expect(await installUpdate(db, bytesOf(next), 'file', TRUST)).toEqual({ ok: true, version: 2 });
    expect(await title()).toBe('Detention en new');
    expect(await getInstalledPack(db)).toMatchObject({ version: 2, hash: next.hash, source: 'file' });
    expect(await getRollbackTarget(db)).toMatchObject({ version: 1, hash: builtIn.hash, source: 'built-in' });
  });

  it('leaves saved topics and settings alone', async () => {
    await setBookmark(db, 'detention', true);
    await setSetting(db, 'language', 'uz');
    await installUpdate(db, bytesOf(await makeSignedPack(2)), 'online', TRUST);
    await rollBackToPrevious(db);
    expect(await listBookmarks(db)).toEqual(['detention']);
    expect(await getSetting(db, 'language')).toBe('uz');
  });

  it('refused updates change nothing', async () => {
    const tampered = structuredClone(await makeSignedPack(2, ' new'));
    const phone = tampered.contacts[0]?.phones[0];
    if (!phone) throw new Error('fixture has a phone');
    phone.number = '+79990000000';
    expect(await installUpdate(db, bytesOf(tampered), 'file', TRUST)).toMatchObject({ reason: 'hash' });
    expect(await installUpdate(db, bytesOf('{"format":1,'), 'file', TRUST)).toMatchObject({
      reason: 'truncated',
    });
    await expectOldContentWhole();
    expect((await getContact(db, 'embassy-moscow'))?.phones[0]?.number).toBe('+74992383620');
  });

  it('a full disk during the install: "storage-full", and the old content is whole', async () => {
    // The browser refuses the write inside the transaction, after guides were already cleared and added.
    db.contacts.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await installUpdate(db, bytesOf(await makeSignedPack(2, ' new')), 'online', TRUST);
    expect(result).toMatchObject({ ok: false, reason: 'storage-full' });
    await expectOldContentWhole();
  });

  it('any other database failure: "storage", and no part of the new pack stays behind', async () => {
    db.phrases.hook('creating', () => {
      throw new Error('disk I/O error');
    });
    const next = await makePack(2, ' new');
    next.phrases = [
      { id: 'hello', order: 1, situation: 'check', text: { uz: 'a', 'uz-Cyrl': 'a', ru: 'a', en: 'a' } },
    ];
    const result = await installUpdate(db, bytesOf(await resign(next)), 'online', TRUST);
    expect(result).toMatchObject({ ok: false, reason: 'storage' });
    await expectOldContentWhole();
  });

  it('recognises a quota error however it is wrapped', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaError(new Error('other', { cause: quota }))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});

describe('a database the browser emptied while the app was open', () => {
  it('is "content-lost", not a verdict on the update, and nothing is written', async () => {
    await db.transaction('rw', [db.guides, db.contacts, db.contentMeta], async () => {
      await Promise.all([db.guides.clear(), db.contacts.clear(), db.contentMeta.clear()]);
    });
    expect(await installUpdate(db, bytesOf(await makePack(1)), 'online', TRUST)).toMatchObject({
      reason: 'content-lost',
    });
    expect(await db.guides.count()).toBe(0);
  });
});

describe('a version above 2^31 already on a phone (signed before the bound)', () => {
  it('does not block updates for good: the next genuine one replaces it, after a rollback too', async () => {
    await installPack(db, await makePack(1e308, ' huge'), 'online');
    expect(await installUpdate(db, bytesOf(await makeSignedPack(5, ' five')), 'file', TRUST)).toEqual({
      ok: true,
      version: 5,
    });
    await db.contentMeta.put({ key: 'rolledBack', version: 1e308 });
    expect(await getRolledBackVersion(db)).toBe(0);
    expect(await installUpdate(db, bytesOf(await makeSignedPack(6, ' six')), 'online', TRUST)).toEqual({
      ok: true,
      version: 6,
    });
  });
});

describe('never a downgrade', () => {
  it('the database itself refuses an older or equal pack, inside the transaction', async () => {
    await installUpdateKeepingPrevious(db, await makeSignedPack(3), 'online');
    await expect(installUpdateKeepingPrevious(db, await makeSignedPack(2), 'file')).rejects.toBeInstanceOf(
      NotNewerError,
    );
    await expect(installUpdateKeepingPrevious(db, await makeSignedPack(3), 'file')).rejects.toBeInstanceOf(
      NotNewerError,
    );
    expect((await getInstalledPack(db))?.version).toBe(3);
  });

  it('two updates at once (a file and an online check) end on the newer one', async () => {
    const [v3, v2] = await Promise.all([makeSignedPack(3, ' three'), makeSignedPack(2, ' two')]);
    await Promise.all([
      installUpdate(db, bytesOf(v3), 'online', TRUST),
      installUpdate(db, bytesOf(v2), 'file', TRUST),
    ]);
    expect(await getInstalledPack(db)).toMatchObject({ version: 3, hash: v3.hash });
    expect(await title()).toBe('Detention en three');
  });
});

describe('rollback', () => {
  it('one tap restores the previous pack whole, remembers the skipped version and forgets the history', async () => {
    await installUpdate(db, bytesOf(await makeSignedPack(2, ' new')), 'online', TRUST);
    const restored = await rollBackToPrevious(db);
    expect(restored).toMatchObject({ version: 1, hash: builtIn.hash, source: 'built-in' });
    expect(await title()).toBe('Detention en old');
    expect(await getRolledBackVersion(db)).toBe(2);
    expect(await getRollbackTarget(db)).toBeUndefined();
    await expect(rollBackToPrevious(db)).rejects.toThrow(/no previous pack/);
  });

  it('is not offered once other content replaced the updated pack (a new app build)', async () => {
    await installUpdate(db, bytesOf(await makeSignedPack(2)), 'online', TRUST);
    await installPack(db, await makePack(5, ' bundled'), 'built-in');
    expect(await getRollbackTarget(db)).toBeUndefined();
    await expect(rollBackToPrevious(db)).rejects.toThrow();
    expect(await title()).toBe('Detention en bundled');
  });
});

describe('importing a file', () => {
  it('installs a signed newer pack with source "file"', async () => {
    expect(await importUpdateFile(db, fileOf(await makeSignedPack(2, ' new')), TRUST)).toEqual({
      ok: true,
      version: 2,
    });
    expect(await getInstalledPack(db)).toMatchObject({ version: 2, source: 'file' });
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const huge = new Blob([new Uint8Array(2 * 1024 * 1024 + 1)]);
    huge.arrayBuffer = () => Promise.reject(new Error('must not be read'));
    expect(await importUpdateFile(db, huge, TRUST)).toMatchObject({ reason: 'too-large' });
    await expectOldContentWhole();
  });

  it('an older or equal file: "not-newer" with both versions', async () => {
    await importUpdateFile(db, fileOf(await makeSignedPack(3)), TRUST);
    expect(await importUpdateFile(db, fileOf(await makeSignedPack(3)), TRUST)).toEqual({
      ok: false,
      reason: 'not-newer',
      offered: 3,
      installed: 3,
    });
  });

  it('a file that cannot be read to the end: "truncated"', async () => {
    const vanished = new Blob(['{}']);
    vanished.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    expect(await importUpdateFile(db, vanished, TRUST)).toMatchObject({ reason: 'truncated' });
  });
});
