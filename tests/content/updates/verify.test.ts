import { describe, expect, it } from 'vitest';
import { packHash } from '../../../src/content/fingerprint';
import { MAX_PACK_BYTES } from '../../../src/content/loadPack';
import { appSatisfies } from '../../../src/content/updates/appVersion';
import { isUnsafeText } from '../../../src/content/updates/unsafeText';
import { verifyUpdate } from '../../../src/content/updates/verify';
import { makePack } from '../../fixtures/packs';
import { OTHER_SECRET_KEY, TRUST, bytesOf, makeSignedPack, resign } from '../../fixtures/signedPacks';

const expectNewerThan1 = { ...TRUST, newerThan: 1 };
const verify = (value: unknown, expect = expectNewerThan1) => verifyUpdate(bytesOf(value), expect);
const without = (value: object, key: string) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
const reasonOf = async (value: unknown, expect = expectNewerThan1) => {
  const result = await verify(value, expect);
  return result.ok ? 'accepted' : result.reason;
};

describe('verifyUpdate accepts', () => {
  it('a newer pack signed with the shipped key', async () => {
    const pack = await makeSignedPack(2, ' new');
    const result = await verify(pack);
    expect(result).toMatchObject({ ok: true, pack: { version: 2, hash: pack.hash } });
  });

  it('the same pack re-serialised (other key order, spacing): the signature covers meaning, not bytes', async () => {
    const pack = await makeSignedPack(2);
    const reordered = Object.fromEntries(Object.entries(pack).reverse());
    expect(await reasonOf(JSON.stringify(reordered, null, 2))).toBe('accepted');
  });
});

describe('verifyUpdate refuses, each with its own reason', () => {
  it('larger than the limit, before reading it as JSON', async () => {
    const pack = await makeSignedPack(2);
    const padded = JSON.stringify(pack) + ' '.repeat(MAX_PACK_BYTES);
    expect(await reasonOf(padded)).toBe('too-large');
  });

  it('not JSON: text, or bytes that are not UTF-8', async () => {
    expect(await reasonOf('Salom! This is a letter, not an update.')).toBe('not-json');
    expect(await verifyUpdate(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), expectNewerThan1)).toMatchObject({
      reason: 'not-json',
    });
    expect(await reasonOf('[1, 2, 3]')).toBe('schema');
  });

  it('truncated: a download or copy that stopped part-way, or an empty file', async () => {
    const text = JSON.stringify(await makeSignedPack(2));
    expect(await reasonOf(text.slice(0, Math.floor(text.length / 2)))).toBe('truncated');
    expect(await reasonOf(text.slice(0, -1))).toBe('truncated');
    expect(await reasonOf('')).toBe('truncated');
  });

  it('wrong schema: a missing field, a wrong type, a phone number that is not one', async () => {
    const pack = await makeSignedPack(2);
    expect(await reasonOf(without(pack, 'createdAt'))).toBe('schema');
    expect(await reasonOf({ ...pack, version: '2' })).toBe('schema');
    const badPhone = structuredClone(pack);
    const phone = badPhone.contacts[0]?.phones[0];
    if (!phone) throw new Error('fixture has a phone');
    phone.number = 'call me';
    expect(await reasonOf(await resign(badPhone))).toBe('schema');
  });

  it('unknown fields, at the top and deep inside, even in a genuinely signed pack', async () => {
    const pack = await makeSignedPack(2);
    expect(await reasonOf({ ...pack, extra: 'x' })).toBe('schema');
    const nested = structuredClone(pack);
    Object.assign(nested.guides[0] ?? {}, { html: '<b>hi</b>' });
    expect(await reasonOf(await resign(nested))).toBe('schema');
  });

  it.each([
    '<script>alert(1)</script>',
    'Call us <SCRIPT src=//evil.example>',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u200bscript:alert(1)',
    'see <img src=x onerror=alert(1)>',
    'onerror=alert(1)',
    'click ONLOAD = steal()',
    '<iframe src="https://evil.example">',
    'data:text/html,<b>x</b>',
  ])('script payloads in text, even in a genuinely signed pack: %j', async (payload) => {
    const pack = structuredClone(await makeSignedPack(2));
    const guide = pack.guides[0];
    if (!guide) throw new Error('fixture has a guide');
    guide.summary = `Useful summary. ${payload}`;
    expect(await reasonOf(await resign(pack))).toBe('unsafe-text');
  });

  it('content that does not match its hash (the header and signature are the original ones)', async () => {
    const pack = structuredClone(await makeSignedPack(2));
    const phone = pack.contacts[0]?.phones[0];
    if (!phone) throw new Error('fixture has a phone');
    phone.number = '+79990000000';
    expect(await reasonOf(pack)).toBe('hash');
  });

  it('no signature', async () => {
    expect(await reasonOf(without(await makeSignedPack(2), 'signature'))).toBe('unsigned');
    expect(await reasonOf(await makePack(2))).toBe('unsigned');
  });

  it('a damaged signature, or an old signature on a changed header', async () => {
    const pack = await makeSignedPack(2);
    const flipped = pack.signature.startsWith('0')
      ? `1${pack.signature.slice(1)}`
      : `0${pack.signature.slice(1)}`;
    expect(await reasonOf({ ...pack, signature: flipped })).toBe('signature');
    expect(await reasonOf({ ...pack, version: 3 })).toBe('signature');
    expect(await reasonOf({ ...pack, minAppVersion: '0.0.1' })).toBe('signature');
  });

  it('a valid signature by another key', async () => {
    expect(await reasonOf(await makeSignedPack(2, '', OTHER_SECRET_KEY))).toBe('signature');
  });

  it('a content change re-hashed but signed by nobody: the old signature does not cover the new hash', async () => {
    const pack = structuredClone(await makeSignedPack(2));
    const phone = pack.contacts[0]?.phones[0];
    if (!phone) throw new Error('fixture has a phone');
    phone.number = '+79990000000';
    expect(await reasonOf({ ...pack, hash: await packHash(pack) })).toBe('signature');
  });

  it('an older or equal version, with the numbers for the message', async () => {
    const newerThan3 = { ...TRUST, newerThan: 3 };
    expect(await verify(await makeSignedPack(3), newerThan3)).toEqual({
      ok: false,
      reason: 'not-newer',
      offered: 3,
      installed: 3,
    });
    expect(await reasonOf(await makeSignedPack(2), newerThan3)).toBe('not-newer');
  });

  it('an older pack is "not newer" whatever its body holds: it is never installed, so never checked', async () => {
    const pack = await makeSignedPack(2);
    const newerThan3 = { ...TRUST, newerThan: 3 };
    expect(await reasonOf({ ...pack, guides: 'not guides' }, newerThan3)).toBe('not-newer');
    expect(await reasonOf({ ...pack, guides: 'not guides' })).toBe('schema');
    expect(await reasonOf({ ...pack, version: '2' }, newerThan3)).toBe('schema');
  });

  it('a pack that needs a newer app, with the version it needs', async () => {
    const pack = await resign({ ...(await makePack(2)), minAppVersion: '1.2.0' });
    expect(await verify(pack)).toEqual({ ok: false, reason: 'app-too-old', needsApp: '1.2.0' });
    expect(await reasonOf(pack, { ...expectNewerThan1, appVersion: '1.2.0' })).toBe('accepted');
  });
});

describe('isUnsafeText', () => {
  it('lets ordinary content through', () => {
    for (const text of [
      'Call 112: it is free.',
      'Salary on time = a right, not a favour.',
      'Javascript is not needed to read this.',
      'Oʻzbekiston Respublikasi elchixonasi',
      'Не подписывайте документы на непонятном языке.',
      'Pay 2 < 3 times the fee? Ask for a receipt.',
    ]) {
      expect(isUnsafeText(text), text).toBe(false);
    }
  });
});

describe('appSatisfies', () => {
  it('compares major, minor and patch as numbers', () => {
    expect(appSatisfies('0.1.0', '0.1.0')).toBe(true);
    expect(appSatisfies('0.10.0', '0.9.9')).toBe(true);
    expect(appSatisfies('0.9.9', '0.10.0')).toBe(false);
    expect(appSatisfies('1.0.0', '0.99.99')).toBe(true);
    expect(appSatisfies('99.0.0-e2e', '0.1.0')).toBe(true);
    expect(appSatisfies('not a version', '0.1.0')).toBe(false);
  });
});
