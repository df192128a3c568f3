/**
 * How screens read content. Normally from IndexedDB; when IndexedDB cannot be used (blocked,
 * private mode, a full disk) from the bundled pack held in memory, read-only. Screens do not know
 * which: they call the same reader through the content hooks.
 */
import type { Lang } from '../i18n/languages';
import { db } from '../db';
import { getContact, getGuide, listContacts, listGuides } from '../db/content';
import { getInstalledPack } from '../db/contentPack';
import type { Contact, Guide, OfficerCard, Pack, Phrase, Region } from './schema';

export interface InstalledPackInfo {
  version: number;
  hash: string;
  createdAt: string;
  source: 'built-in' | 'online' | 'file';
}

export interface ContentReader {
  guides(lang: Lang): Promise<Guide[]>;
  guide(lang: Lang, id: string): Promise<Guide | undefined>;
  contacts(): Promise<Contact[]>;
  contact(id: string): Promise<Contact | undefined>;
  installedPack(): Promise<InstalledPackInfo | undefined>;
  phrases(): Promise<Phrase[]>;
  regions(): Promise<Region[]>;
  officerCard(): Promise<OfficerCard | undefined>;
}

export const databaseReader: ContentReader = {
  guides: (lang) => listGuides(db, lang),
  guide: (lang, id) => getGuide(db, lang, id),
  contacts: () => listContacts(db),
  contact: (id) => getContact(db, id),
  installedPack: () => getInstalledPack(db),
  phrases: () => db.phrases.toArray().then((rows) => rows.sort((a, b) => a.order - b.order)),
  regions: () => db.regions.toArray(),
  officerCard: () => db.cards.get('officer'),
};

export function memoryReader(pack: Pack): ContentReader {
  const byOrder = <T extends { order: number }>(rows: T[]) => [...rows].sort((a, b) => a.order - b.order);
  return {
    guides: async (lang) => byOrder(pack.guides.filter((g) => g.lang === lang)),
    guide: async (lang, id) => pack.guides.find((g) => g.lang === lang && g.id === id),
    contacts: async () => byOrder(pack.contacts),
    contact: async (id) => pack.contacts.find((c) => c.id === id),
    installedPack: async () => ({
      version: pack.version,
      hash: pack.hash,
      createdAt: pack.createdAt,
      source: 'built-in',
    }),
    phrases: async () => byOrder(pack.phrases),
    regions: async () => pack.regions,
    officerCard: async () => pack.cards.find((c) => c.id === 'officer'),
  };
}
