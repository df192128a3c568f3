/** The sense rules, one failing case each, and the real content passing all of them. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/content/build/pack';
import type { PackBody } from '../../../src/content/schema';
import { dialledBy, senseProblems } from '../../../src/content/verify/sense';
import { makePack } from '../../fixtures/packs';

async function bodyWith(change: (body: PackBody) => void): Promise<PackBody> {
  const { guides, contacts, phrases, regions, cards } = structuredClone(await makePack(1));
  const body = { guides, contacts, phrases, regions, cards };
  change(body);
  return body;
}
const reasons = (body: PackBody) => senseProblems(body).map((p) => p.reason);
const details = (body: PackBody) => senseProblems(body).map((p) => p.detail);
const firstGuide = (body: PackBody) => body.guides[0] ?? fail('a guide');
const firstPhone = (body: PackBody) => body.contacts[0]?.phones[0] ?? fail('a phone');
function fail(what: string): never {
  throw new Error(`the fixture has ${what}`);
}

describe('senseProblems', () => {
  it('finds nothing in the fixture pack or in the real content', async () => {
    expect(senseProblems(await bodyWith(() => undefined))).toEqual([]);
    const built = await buildPack(join(import.meta.dirname, '..', '..', '..'), { today: '2026-12-31' });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(senseProblems(built.pack)).toEqual([]);
  });

  it('an empty pack: every part is missing', async () => {
    const empty = { guides: [], contacts: [], phrases: [], regions: [], cards: [] };
    expect(new Set(reasons(empty))).toEqual(new Set(['incomplete']));
    expect(details(empty)).toEqual(
      expect.arrayContaining([
        'no guides in ru',
        'no officer card',
        'no phrases',
        'no regions',
        'no contacts',
      ]),
    );
  });

  it('a language without a topic the others have', async () => {
    const body = await bodyWith((b) => b.guides.push({ ...firstGuide(b), key: 'en:debts', id: 'debts' }));
    expect(details(body)).toContain('the guides in en are not those in uz');
  });

  it('an officer card without lines counts as none', async () => {
    const body = await bodyWith((b) => b.cards.forEach((c) => (c.lines = [])));
    expect(details(body)).toEqual(['no officer card']);
  });

  it('a guide key that is not lang:id, and two rows under one key', async () => {
    expect(details(await bodyWith((b) => (firstGuide(b).key = 'ru:detention')))).toEqual(
      expect.arrayContaining([
        'guide key "ru:detention" is not "uz:detention"',
        'guide "ru:detention" is given twice',
      ]),
    );
    expect(
      reasons(await bodyWith((b) => b.phrases.push(structuredClone(b.phrases[0] ?? fail('a phrase'))))),
    ).toEqual(['duplicate']);
    expect(reasons(await bodyWith((b) => b.regions.push({ ...(b.regions[0] ?? fail('a region')) })))).toEqual(
      ['duplicate'],
    );
  });

  it('links to a guide, a phrase or a card that is not there, and a region whose mission is not', async () => {
    const linking = (href: string) =>
      bodyWith((b) =>
        firstGuide(b).sections[0]?.blocks.push({
          t: 'p',
          c: [{ t: 'link', href, c: [{ t: 'text', v: 'see' }] }],
        }),
      );
    expect(reasons(await linking('guide:nowhere'))).toEqual(['broken-link']);
    expect(reasons(await linking('phrase:nothing'))).toEqual(['broken-link']);
    expect(reasons(await linking('contact:nobody'))).toEqual(['broken-link']);
    expect(reasons(await linking('guide:detention'))).toEqual([]);
    expect(reasons(await linking('card:officer'))).toEqual([]);
    const orphanRegion = await bodyWith((b) => b.regions.forEach((r) => (r.consulate = 'consulate-nowhere')));
    expect(reasons(orphanRegion)).toEqual(['broken-link']);
  });

  it('a contact phone shown as one number and dialling another', async () => {
    const body = await bodyWith((b) => (firstPhone(b).display = '+7 916 123-45-67'));
    expect(details(body)).toEqual(['contact embassy-moscow shows "+7 916 123-45-67" but dials +74992383620']);
  });

  it('a tel: link showing digits it does not dial; words, and the national form, are fine', async () => {
    const telLink = (text: string, href: string) =>
      bodyWith((b) =>
        firstGuide(b).sections[0]?.blocks.push({
          t: 'p',
          c: [{ t: 'link', href, c: [{ t: 'text', v: text }] }],
        }),
      );
    expect(reasons(await telLink('+7 499 238-36-20', 'tel:+79161234567'))).toEqual(['wrong-number']);
    expect(reasons(await telLink('112', 'tel:102'))).toEqual(['wrong-number']);
    expect(reasons(await telLink('+7 499 238-36-20', 'tel:+74992383620'))).toEqual([]);
    expect(reasons(await telLink('8 800 707-05-28', 'tel:+78007070528'))).toEqual([]);
    expect(reasons(await telLink('Call the embassy', 'tel:+74992383620'))).toEqual([]);
  });

  it('a direction or invisible character in a number, a title or a name', async () => {
    // In a number it is the first problem found (the number no longer matches either).
    const display = await bodyWith((b) => (firstPhone(b).display = `\u202e${firstPhone(b).display}`));
    expect(reasons(display)[0]).toBe('hidden-characters');
    expect(reasons(await bodyWith((b) => (firstGuide(b).title += '\u200b')))).toEqual(['hidden-characters']);
    const name = await bodyWith((b) => {
      const contact = b.contacts[0] ?? fail('a contact');
      contact.name = { ...contact.name, ru: `Посольство\u2066` };
    });
    expect(details(name)).toEqual(['contacts.0.name.ru holds an invisible or direction character']);
  });
});

describe('dialledBy', () => {
  it.each([
    ['+7 499 238-36-20', '+74992383620'],
    ['+998 71 202 33 55', '+998712023355'],
    ['8 800 707-05-28', '+78007070528'],
    ['112', '112'],
    ['+7 (499) 238-36-20', '+74992383620'],
  ])('%s dials %s', (shown, dialled) => {
    expect(dialledBy(shown)).toBe(dialled);
  });

  it('shows no number for text with anything but digits and the signs between them', () => {
    expect(dialledBy('+7 499 238 36 20 ext. 5')).toBeUndefined();
    expect(dialledBy('\u202e+7 499 238 36 20')).toBeUndefined();
  });
});
