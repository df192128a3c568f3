import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contactToVCard, contactsToVCard } from '../../src/features/contacts/vcard';
import { makeContact } from '../fixtures/packs';

/** Parses vCard text with ical.js (Mozilla's parser) and reads back names and numbers. */
function parseBack(text: string): { name: string; phones: string[]; note: string }[] {
  const parsed = ICAL.parse(text) as unknown[];
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return cards.map((jcard) => {
    const card = new ICAL.Component(jcard as never);
    return {
      name: String(card.getFirstPropertyValue('fn')),
      phones: card.getAllProperties('tel').map((p) => String(p.getFirstValue())),
      note: String(card.getFirstPropertyValue('note')),
    };
  });
}

describe('vCard', () => {
  it('parses back to the same name and numbers', () => {
    const contact = makeContact(
      'embassy-moscow',
      'Посольство Республики Узбекистан, консульский отдел; Москва',
    );
    contact.shortNumbers = [{ number: '112', dialFrom: 'RU', label: contact.name, confidence: 'high' }];
    const [card] = parseBack(contactToVCard(contact, 'ru'));
    expect(card?.name).toBe('Посольство Республики Узбекистан, консульский отдел; Москва');
    expect(card?.phones).toEqual(['+74992383620', '112']);
    expect(card?.note).toContain('2026-11-22');
  });

  it('writes several contacts that parse back in order, in the chosen language', () => {
    const a = makeContact('a', 'Alpha');
    const b = makeContact('b', 'Beta');
    b.name = { ...b.name, 'uz-Cyrl': 'Бета\\ назад' };
    b.phones = b.phones.map((p) => ({ ...p, number: '+998712023355' }));
    const cards = parseBack(contactsToVCard([a, b], 'uz-Cyrl'));
    expect(cards.map((c) => c.name)).toEqual(['Alpha', 'Бета\\ назад']);
    expect(cards.map((c) => c.phones)).toEqual([['+74992383620'], ['+998712023355']]);
  });

  it('words the checked-on date in the reader’s language when given, with no English added', () => {
    const contact = makeContact('a', 'A');
    const [worded] = parseBack(
      contactToVCard(contact, 'ru', { checkedOn: (d) => `Проверено ${d.slice(0, 4)}` }),
    );
    expect(worded?.note).toContain('Проверено 2026');
    const [bare] = parseBack(contactToVCard(contact, 'ru'));
    expect(bare?.note).not.toMatch(/checked/i);
  });

  it('uses CRLF line ends', () => {
    expect(contactToVCard(makeContact('a', 'A'), 'en')).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
  });
});
