import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFICER_LABELS } from '../../src/features/card/officerLabels';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HamrohDatabase } from '../../src/db';
import { getNote, saveNote } from '../../src/db/notes';
import { getPersonalCard, savePersonalCard } from '../../src/db/personalCard';
import { normalizePersonalCard, validatePersonalCard } from '../../src/features/settings/personalCardRules';

describe('personal card rules', () => {
  it.each([
    [{ name: 'Karimov Anvar' }, {}],
    [{ name: 'Oʻrinboyev Gʻayrat' }, {}],
    [{ name: 'Каримов Анвар' }, {}],
    [{ name: '<script>' }, { name: 'invalidName' }],
    [{ name: '12345' }, { name: 'invalidName' }],
    [{ passport: 'FA1234567' }, {}],
    [{ passport: 'fa 123' }, {}],
    [{ passport: 'A1' }, { passport: 'invalidPassport' }],
    [{ passport: 'FA-1234567' }, { passport: 'invalidPassport' }],
    [{ patent: '77 №2400123456' }, {}],
    [{ patent: '!!' }, { patent: 'invalidPatent' }],
    [{ relativePhone: '+998 90 123-45-67' }, {}],
    [{ relativePhone: '+7 (999) 123-45-67' }, {}],
    [{ relativePhone: '89991234567' }, { relativePhone: 'invalidPhone' }],
    [{ relativePhone: '+12' }, { relativePhone: 'invalidPhone' }],
    [{ relativePhone: 'javascript:alert(1)' }, { relativePhone: 'invalidPhone' }],
    [{}, {}],
  ])('%j → %j', (input, errors) => {
    expect(validatePersonalCard(normalizePersonalCard(input))).toEqual(errors);
  });

  it('normalises what people type', () => {
    expect(
      normalizePersonalCard({ passport: ' fa1234567 ', relativePhone: '+998 (90) 123-45-67' }),
    ).toMatchObject({
      passport: 'FA1234567',
      relativePhone: '+998901234567',
    });
  });
});

describe('personal card and notes storage', () => {
  let db: HamrohDatabase;
  beforeEach(async () => {
    db = new HamrohDatabase(`pc-${crypto.randomUUID()}`);
    await db.open();
  });
  afterEach(() => db.delete());

  it('stores only filled fields, and no row when nothing is filled', async () => {
    await savePersonalCard(db, { name: 'Karimov Anvar', passport: '', patent: undefined });
    expect(await getPersonalCard(db)).toEqual({
      name: 'Karimov Anvar',
      passport: undefined,
      patent: undefined,
      relativePhone: undefined,
    });
    await savePersonalCard(db, { name: ' ' });
    expect(await getPersonalCard(db)).toBeUndefined();
    expect(await db.personalCard.count()).toBe(0);
  });

  it('keeps a note per contact and removes an emptied one', async () => {
    await saveNote(db, 'embassy-moscow', 'did not answer on 3 March');
    expect(await getNote(db, 'embassy-moscow')).toBe('did not answer on 3 March');
    expect(await getNote(db, 'ovd-info')).toBe('');
    await saveNote(db, 'embassy-moscow', '  ');
    expect(await db.notes.count()).toBe(0);
  });
});

describe('officer card labels', () => {
  it('are the Russian form’s labels, word for word', () => {
    const form = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'locales', 'ru', 'card.json'), 'utf8'),
    );
    for (const [field, label] of OFFICER_LABELS) expect(label).toBe(form[field]);
  });
});
