/**
 * Every federal subject listed maps to exactly one Uzbek mission, and that mission is the one
 * whose consular district (per the research: facts-contacts.md and facts-contacts-2.md §1) covers
 * the subject's federal district.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildPack } from '../../src/content/build/pack';
import { regionsMatching } from '../../src/features/contacts/regionMatch';
import { TODAY } from '../fixtures/today';

const ROOT = join(import.meta.dirname, '..', '..');
const result = await buildPack(ROOT, { today: TODAY });
if (!result.ok) throw new Error('content does not build');
const { regions, contacts } = result.pack;

const DISTRICT_TO_MISSION: Record<string, string> = {
  central: 'embassy-moscow',
  northwestern: 'consulate-st-petersburg',
  southern: 'consulate-rostov',
  'north-caucasian': 'consulate-rostov',
  volga: 'consulate-kazan',
  urals: 'consulate-yekaterinburg',
  siberian: 'consulate-novosibirsk',
  'far-eastern': 'consulate-vladivostok',
};
// The MFA's 2019 list puts these two Far Eastern subjects in the Novosibirsk district (facts-contacts-2 §1.3).
const MFA_2019_EXCEPTIONS: Record<string, string> = {
  BU: 'consulate-novosibirsk',
  ZAB: 'consulate-novosibirsk',
};

describe('consular districts', () => {
  it('lists the 83 subjects of the eight federal districts, each once', () => {
    expect(regions).toHaveLength(83);
    expect(new Set(regions.map((r) => r.code)).size).toBe(83);
    expect(new Set(regions.map((r) => r.name.ru)).size).toBe(83);
  });

  it('maps every subject to the mission of its district', () => {
    for (const region of regions) {
      const expected = MFA_2019_EXCEPTIONS[region.code] ?? DISTRICT_TO_MISSION[region.federalDistrict];
      expect(region.consulate, `${region.code} ${region.name.en}`).toBe(expected);
    }
  });

  it('points only at missions that exist in the contacts', () => {
    const missions = new Set(
      contacts.filter((c) => c.kind === 'embassy' || c.kind === 'consulate').map((c) => c.id),
    );
    for (const region of regions) expect(missions.has(region.consulate), region.code).toBe(true);
    expect(new Set(regions.map((r) => r.consulate))).toEqual(missions);
  });

  it.each([
    ['Tatarstan', 'consulate-kazan'],
    ['татарстан', 'consulate-kazan'],
    ['Tatariston', 'consulate-kazan'],
    ['Qozon', 'consulate-kazan'],
    ['Свердловская', 'consulate-yekaterinburg'],
    ['Sverdlovsk', 'consulate-yekaterinburg'],
    ['Москва', 'embassy-moscow'],
    ['Moskva', 'embassy-moscow'],
    ['Питер', 'consulate-st-petersburg'],
    ['Primorsk', 'consulate-vladivostok'],
    ['Novosibirsk', 'consulate-novosibirsk'],
    ['Ростов', 'consulate-rostov'],
    ['Дагестан', 'consulate-rostov'],
  ])('"%s" finds a region served by %s first', (query, mission) => {
    expect(regionsMatching(regions, query)[0]?.consulate).toBe(mission);
  });

  it('finds nothing for a place that is not a Russian region', () => {
    expect(regionsMatching(regions, 'Toshkent')).toEqual([]);
    expect(regionsMatching(regions, 'x')).toEqual([]);
  });
});
