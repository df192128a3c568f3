/**
 * The one verifier as updates meet it (online or from a file): every step's own reason, the
 * signature checked before the body is read, and no input — however large, deep or malformed —
 * that makes it throw.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PACK_BYTES } from '../../../src/content/constants';
import { packHash } from '../../../src/content/fingerprint';
import type { Pack } from '../../../src/content/schema';
import { appSatisfies } from '../../../src/content/updates/appVersion';
import { packHeader } from '../../../src/content/updates/signature';
import { verifyPack } from '../../../src/content/verify/verifyPack';
import { makePack } from '../../fixtures/packs';
import {
  OTHER_SECRET_KEY,
  bytesOf,
  makeSignedPack,
  resign,
  updateNewerThan,
} from '../../fixtures/signedPacks';

const verify = (value: unknown, origin = updateNewerThan(1)) => verifyPack(bytesOf(value), origin);
const without = (value: object, key: string) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
const reasonOf = async (value: unknown, origin = updateNewerThan(1)) => {
  const result = await verify(value, origin);
  return result.ok ? 'accepted' : result.reason;
};
/** A genuinely signed pack after `change`: re-hashed and re-signed, so only the change can fail. */
async function signedWith(change: (pack: Pack) => void) {
  const pack = structuredClone(await makePack(2));
  change(pack);
  return resign(pack);
}
/** A file with this header and a body given as raw JSON text (any size, any depth). */
function fileWithBody(header: object, guidesJson: string): string {
  const fields = Object.entries(header).map(
    ([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`,
  );
  return `{${fields.join(',')},"contacts":[],"phrases":[],"regions":[],"cards":[],"guides":${guidesJson}}`;
}
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

afterEach(() => vi.restoreAllMocks());

describe('verifyPack accepts', () => {
  it('a newer pack signed with the shipped key', async () => {
    const pack = await makeSignedPack(2, ' new');
    expect(await verify(pack)).toMatchObject({ ok: true, pack: { version: 2, hash: pack.hash } });
  });

  it('the same pack re-serialised (other key order, spacing): the signature covers meaning, not bytes', async () => {
    const pack = await makeSignedPack(2);
    const reordered = Object.fromEntries(Object.entries(pack).reverse());
    expect(await reasonOf(JSON.stringify(reordered, null, 2))).toBe('accepted');
  });

  it('the highest version there is, 2^31', async () => {
    expect(await reasonOf(await resign({ ...(await makePack(2)), version: 2 ** 31 }))).toBe('accepted');
  });
});

describe('the signature is checked first, on the header alone', () => {
  it('an unsigned 2 MB body is refused without being parsed past its header', async () => {
    const header = packHeader(await makePack(2));
    const file = fileWithBody(header, nested(MAX_PACK_BYTES / 2 - 200));
    expect(file.length).toBeGreaterThan(2_000_000);
    expect(file.length).toBeLessThanOrEqual(MAX_PACK_BYTES);
    const parse = vi.spyOn(JSON, 'parse');
    expect(await reasonOf(file)).toBe('unsigned');
    // Only the header's small values were parsed, never the body.
    expect(parse.mock.calls.map(([text]) => String(text).length).every((length) => length < 300)).toBe(true);
  });

  it('a body signed by another key is refused the same way, whatever it holds', async () => {
    const forged = await makeSignedPack(2, '', OTHER_SECRET_KEY);
    const header = { ...packHeader(forged), signature: forged.signature };
    const parse = vi.spyOn(JSON, 'parse');
    expect(await reasonOf(fileWithBody(header, nested(500_000)))).toBe('signature');
    expect(parse.mock.calls.every(([text]) => String(text).length < 300)).toBe(true);
  });

  it('who sends a file cannot choose the message: no signature beats any fault in the body', async () => {
    const unsigned = without(await makePack(2), 'signature');
    expect(await reasonOf({ ...unsigned, guides: 'not guides' })).toBe('unsigned');
    expect(await reasonOf({ ...unsigned, extra: '<script>x</script>' })).toBe('unsigned');
    const forged = await makeSignedPack(2, '', OTHER_SECRET_KEY);
    expect(await reasonOf({ ...forged, contacts: [{ id: 'Bad Id' }] })).toBe('signature');
  });

  it('a header key given twice is refused: the parser would keep one, the signature was checked on the other', async () => {
    const pack = await makeSignedPack(2);
    const text = JSON.stringify(pack).replace(/^\{/, '{"version":3,');
    expect(await reasonOf(text)).toBe('schema');
  });
});

describe('verifyPack refuses, each with its own reason', () => {
  it('larger than the limit, before reading it as JSON', async () => {
    const padded = JSON.stringify(await makeSignedPack(2)) + ' '.repeat(MAX_PACK_BYTES);
    expect(await reasonOf(padded)).toBe('too-large');
  });

  it('a web page (what a network sign-in page serves at any address)', async () => {
    expect(await reasonOf('<!DOCTYPE html><html><title>Wi-Fi login</title></html>')).toBe('web-page');
    expect(await reasonOf('\n  <html>')).toBe('web-page');
  });

  it('not JSON: text, or bytes that are not UTF-8; JSON that is not a pack', async () => {
    expect(await reasonOf('Salom! This is a letter, not an update.')).toBe('not-json');
    const notUtf8 = await verifyPack(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), updateNewerThan(1));
    expect(notUtf8).toMatchObject({ reason: 'not-json' });
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
    const badPhone = await signedWith((p) => {
      const phone = p.contacts[0]?.phones[0];
      if (phone) phone.number = 'call me';
    });
    expect(await reasonOf(badPhone)).toBe('schema');
  });

  it('unknown fields, at the top and deep inside, even in a genuinely signed pack', async () => {
    const pack = await makeSignedPack(2);
    expect(await reasonOf({ ...pack, extra: 'x' })).toBe('schema');
    expect(
      await reasonOf(await signedWith((p) => Object.assign(p.guides[0] ?? {}, { html: '<b>hi</b>' }))),
    ).toBe('schema');
  });

  it.each([2 ** 31 + 1, 2 ** 53 + 2, 1e308])('a version above 2^31, even signed: %d', async (version) => {
    expect(await reasonOf(await resign({ ...(await makePack(2)), version }))).toBe('schema');
  });

  it('nesting deeper than any pack, under a genuine signature: "schema", never a stack overflow', async () => {
    const pack = await makeSignedPack(2);
    const header = { ...packHeader(pack), signature: pack.signature };
    expect(await reasonOf(fileWithBody(header, nested(100_000)))).toBe('schema');
    // 2,000 levels of inline formatting inside a real guide, the signature left in place.
    const deep = structuredClone(pack);
    let inline: { t: 'strong'; c: unknown[] } = { t: 'strong', c: [] };
    const root = inline;
    for (let i = 0; i < 2000; i++) {
      const next: { t: 'strong'; c: unknown[] } = { t: 'strong', c: [] };
      inline.c.push(next);
      inline = next;
    }
    deep.guides[0]?.sections[0]?.blocks.push({ t: 'p', c: [root as never] });
    expect(await reasonOf(deep)).toBe('schema');
  });

  it('any exception inside a check is a refusal, never a throw or a storage message', async () => {
    const pack = await makeSignedPack(2);
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    // The content hash fails (SHA-256); the signature's own SHA-512 still works.
    vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) =>
      algorithm === 'SHA-256'
        ? Promise.reject(new Error('the hash could not be made'))
        : digest(algorithm, data),
    );
    expect(await reasonOf(pack)).toBe('schema');
  });

  it('content that does not match its hash (the header and signature are the original ones)', async () => {
    const pack = structuredClone(await makeSignedPack(2));
    const phone = pack.contacts[0]?.phones[0];
    if (!phone) throw new Error('fixture has a phone');
    phone.number = '+79990000000';
    phone.display = '+7 999 000 00 00';
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
    expect(await verify(await makeSignedPack(3), updateNewerThan(3))).toEqual({
      ok: false,
      reason: 'not-newer',
      offered: 3,
      installed: 3,
    });
    expect(await reasonOf(await makeSignedPack(2), updateNewerThan(3))).toBe('not-newer');
  });

  it('an older pack is "not newer" whatever its body holds: it is never installed, so never checked', async () => {
    const pack = await makeSignedPack(2);
    expect(await reasonOf({ ...pack, guides: 'not guides' }, updateNewerThan(3))).toBe('not-newer');
    expect(await reasonOf({ ...pack, guides: 'not guides' })).toBe('schema');
    expect(await reasonOf({ ...pack, version: '2' }, updateNewerThan(3))).toBe('schema');
  });

  it('a pack that needs a newer app, with the version it needs, before its body is read', async () => {
    const pack = await resign({ ...(await makePack(2)), minAppVersion: '1.2.0' });
    expect(await verify(pack)).toEqual({ ok: false, reason: 'app-too-old', needsApp: '1.2.0' });
    expect(await reasonOf({ ...pack, guides: 'not guides' })).toBe('app-too-old');
    expect(await reasonOf(pack, { ...updateNewerThan(1), appVersion: '1.2.0' })).toBe('accepted');
  });
});

describe('what the schema cannot see, in a genuinely signed pack (one failing case each)', () => {
  it('an empty pack: no guides, contacts, phrases, regions or card', async () => {
    const empty = await signedWith((p) =>
      Object.assign(p, { guides: [], contacts: [], phrases: [], regions: [], cards: [] }),
    );
    expect(await reasonOf(empty)).toBe('incomplete');
  });

  it('no officer card', async () => {
    expect(await reasonOf(await signedWith((p) => (p.cards = [])))).toBe('incomplete');
  });

  it('a language without its guides', async () => {
    expect(
      await reasonOf(await signedWith((p) => (p.guides = p.guides.filter((g) => g.lang !== 'ru')))),
    ).toBe('incomplete');
  });

  it('a phone shown as one number that dials another', async () => {
    const pack = await signedWith((p) => {
      const phone = p.contacts[0]?.phones[0];
      if (phone) phone.display = '+7 916 123 45 67'; // it dials +74992383620
    });
    expect(await reasonOf(pack)).toBe('wrong-number');
  });

  it('a right-to-left override in a number', async () => {
    const pack = await signedWith((p) => {
      const phone = p.contacts[0]?.phones[0];
      if (phone) phone.display = `\u202e${phone.display}`;
    });
    expect(await reasonOf(pack)).toBe('hidden-characters');
  });

  it('a link to a contact that is not in the pack', async () => {
    const pack = await signedWith((p) => p.guides.forEach((g) => (g.contacts = ['nobody'])));
    expect(await reasonOf(pack)).toBe('broken-link');
  });

  it('two contacts under one id', async () => {
    const pack = await signedWith((p) => p.contacts.push(structuredClone(p.contacts[0] ?? never())));
    expect(await reasonOf(pack)).toBe('duplicate');
  });

  it('markup or a character reference in text', async () => {
    const pack = await signedWith((p) => {
      if (p.guides[0]) p.guides[0].summary = 'Useful summary. &#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;';
    });
    expect(await reasonOf(pack)).toBe('unsafe-text');
  });
});

function never(): never {
  throw new Error('the fixture has a contact');
}

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
