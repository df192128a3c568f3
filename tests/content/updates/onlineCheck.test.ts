import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../../src/content/schema';
import { checkOnline } from '../../../src/content/updates/onlineCheck';
import { HamrohDatabase } from '../../../src/db';
import { getGuide } from '../../../src/db/content';
import { getInstalledPack, installPack } from '../../../src/db/contentPack';
import { rollBackToPrevious } from '../../../src/db/packHistory';
import { getLastUpdateCheck } from '../../../src/db/updateStatus';
import { makePack } from '../../fixtures/packs';
import { TRUST, bytesOf, makeSignedPack } from '../../fixtures/signedPacks';

const BASE = 'http://app.test/hamroh/';
let db: HamrohDatabase;
let requests: { url: string; init?: RequestInit }[];
/** What the site answers; a function so a test can break the connection in its own way. */
let answer: () => Response;

const serve = (value: unknown) => {
  answer = () => new Response(bytesOf(value));
};
const check = () => checkOnline(db, { ...TRUST, baseUrl: BASE });
const title = async () => (await getGuide(db, 'en', 'detention'))?.title;

beforeEach(async () => {
  db = new HamrohDatabase(`online-${crypto.randomUUID()}`);
  await db.open();
  await installPack(db, await makePack(1, ' old'), 'built-in');
  requests = [];
  // Only the network is faked; the database is the real Dexie code on fake-indexeddb.
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return answer();
  });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

describe('online check', () => {
  it('asks the site (not the offline copy) for the pack next to the app, at the same address each time', async () => {
    serve(await makeSignedPack(1));
    await check();
    await check();
    expect(requests).toHaveLength(2);
    const url = new URL(requests[0]?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('http://app.test/hamroh/content/pack.json');
    // A query the precache does not match; the same one every time, so the HTTP cache can revalidate.
    expect(url.searchParams.get('check')).toBe('1');
    expect(requests[1]?.url).toBe(requests[0]?.url);
    // Always asks the site, with the saved copy's validators (a 304 carries no body).
    expect(requests[0]?.init?.cache).toBe('no-cache');
  });

  it('installs a newer signed pack and records the check', async () => {
    serve(await makeSignedPack(2, ' new'));
    expect(await check()).toMatchObject({ result: 'updated', version: 2 });
    expect(await title()).toBe('Detention en new');
    expect(await getInstalledPack(db)).toMatchObject({ version: 2, source: 'online' });
    expect(await getLastUpdateCheck(db)).toMatchObject({ result: 'updated', version: 2 });
  });

  it('an equal or older pack online is "up to date", even the unsigned built-in one', async () => {
    serve(await makePack(1, ' old'));
    expect(await check()).toMatchObject({ result: 'up-to-date' });
    expect((await check()).reason).toBeUndefined();
    serve(await makeSignedPack(1, ' other'));
    expect(await check()).toMatchObject({ result: 'up-to-date' });
    expect(await title()).toBe('Detention en old');
  });

  it('an unsigned newer pack (a deploy without pack:sign) is "up to date": only a signed pack is an update', async () => {
    serve(await makePack(2, ' unsigned'));
    expect(await check()).toEqual({ checkedAt: expect.any(String), result: 'up-to-date' });
    expect(await title()).toBe('Detention en old');
  });

  it('a web page at the pack address (a network’s sign-in page) is "could not check", with its own reason', async () => {
    answer = () =>
      new Response('<!DOCTYPE html><title>Sign in to Wi-Fi</title>', {
        headers: { 'Content-Type': 'text/html' },
      });
    expect(await check()).toMatchObject({ result: 'failed', reason: 'web-page' });
    expect(await getLastUpdateCheck(db)).toMatchObject({ result: 'failed', reason: 'web-page' });
  });

  it('a database emptied while the app was open: "could not check", "content-lost"', async () => {
    await db.contentMeta.delete('pack');
    serve(await makePack(1, ' old'));
    expect(await check()).toMatchObject({ result: 'failed', reason: 'content-lost' });
  });

  it('a failed check that cannot be recorded (a full disk) is still returned to the screens', async () => {
    db.contentMeta.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    answer = () => new Response('<html>portal</html>');
    expect(await check()).toMatchObject({ result: 'failed', reason: 'web-page' });
    expect(await getLastUpdateCheck(db)).toBeUndefined();
  });

  it('a tampered newer pack is refused, recorded as such, and the content stays', async () => {
    const tampered = structuredClone(await makeSignedPack(2, ' new'));
    const phone = tampered.contacts[0]?.phones[0];
    if (!phone) throw new Error('fixture has a phone');
    phone.number = '+79990000000';
    serve(tampered);
    expect(await check()).toEqual({ checkedAt: expect.any(String), result: 'rejected', reason: 'hash' });
    expect(await getLastUpdateCheck(db)).toMatchObject({ result: 'rejected', reason: 'hash' });
    expect(await getInstalledPack(db)).toMatchObject({ version: 1 });
  });

  it('no connection: "failed", not "rejected"', async () => {
    answer = () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await check()).toMatchObject({ result: 'failed', reason: 'network' });
    answer = () => new Response('not found', { status: 404 });
    expect(await check()).toMatchObject({ result: 'failed', reason: 'network' });
  });

  it('the network failing mid-download: "failed", and nothing is installed', async () => {
    const text = bytesOf(await makeSignedPack(2, ' new'));
    answer = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(text.slice(0, 1000));
            controller.error(new TypeError('network error'));
          },
        }),
      );
    expect(await check()).toMatchObject({ result: 'failed', reason: 'network' });
    expect(await title()).toBe('Detention en old');
  });

  it('a connection that ends early without an error: the cut pack is "failed", not installed', async () => {
    const text = bytesOf(await makeSignedPack(2, ' new'));
    answer = () => new Response(text.slice(0, text.length - 10));
    expect(await check()).toMatchObject({ result: 'failed', reason: 'truncated' });
    expect(await title()).toBe('Detention en old');
  });

  it('stops reading past the size limit, whatever the server claims', async () => {
    let sent = 0;
    answer = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            sent += 64 * 1024;
            controller.enqueue(new Uint8Array(64 * 1024).fill(32));
          },
        }),
      );
    expect(await check()).toMatchObject({ result: 'rejected', reason: 'too-large' });
    expect(sent).toBeLessThan(3 * 1024 * 1024);
    answer = () => new Response('{}', { headers: { 'Content-Length': String(50 * 1024 * 1024) } });
    expect(await check()).toMatchObject({ reason: 'too-large' });
  });

  it('a full disk while installing: "failed" with the reason, content whole', async () => {
    db.guides.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    serve(await makeSignedPack(2, ' new'));
    expect(await check()).toMatchObject({ result: 'failed', reason: 'storage-full' });
    expect(await title()).toBe('Detention en old');
  });

  it('after a rollback, the rolled-back version online is "up to date"; a newer one installs', async () => {
    const bad: Pack = await makeSignedPack(2, ' bad');
    serve(bad);
    await check();
    await rollBackToPrevious(db);
    expect(await check()).toMatchObject({ result: 'up-to-date' });
    expect(await title()).toBe('Detention en old');
    serve(await makeSignedPack(3, ' fixed'));
    expect(await check()).toMatchObject({ result: 'updated', version: 3 });
    expect(await title()).toBe('Detention en fixed');
  });
});
