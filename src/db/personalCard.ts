/** The personal card: kept only in IndexedDB on this phone, shown on the officer card, never sent. */
import type { HamrohDatabase, PersonalCardRow } from './database';

export type PersonalCard = Omit<PersonalCardRow, 'key'>;

export async function getPersonalCard(db: HamrohDatabase): Promise<PersonalCard | undefined> {
  const row = await db.personalCard.get('me');
  if (!row) return undefined;
  return { name: row.name, passport: row.passport, patent: row.patent, relativePhone: row.relativePhone };
}

export async function savePersonalCard(db: HamrohDatabase, card: PersonalCard): Promise<void> {
  // Empty fields are not stored at all, so "nothing filled in" leaves no row behind.
  const filled = Object.fromEntries(
    Object.entries(card).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  );
  if (Object.keys(filled).length === 0) await db.personalCard.delete('me');
  else await db.personalCard.put({ key: 'me', ...filled });
}
