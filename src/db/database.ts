/**
 * The one IndexedDB database. Every schema version that ever shipped stays declared here, in
 * order: Dexie needs the old declarations to upgrade a phone that skipped versions, and a user's
 * saved data must survive every upgrade. Add a new version; never edit a shipped one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Contact, Guide } from '../content/schema';

export type PackSource = 'built-in' | 'online' | 'file';

/** What is installed: one row, key 'pack'. */
export interface InstalledPackRow {
  key: 'pack';
  version: number;
  hash: string;
  createdAt: string;
  source: PackSource;
  installedAt: string;
}

export interface SettingRow {
  key: string;
  value: string;
}

export interface BookmarkRow {
  guideId: string;
  savedAt: string;
}

export const DATABASE_NAME = 'hamroh';

export class HamrohDatabase extends Dexie {
  guides!: EntityTable<Guide, 'key'>;
  contacts!: EntityTable<Contact, 'id'>;
  contentMeta!: EntityTable<InstalledPackRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  bookmarks!: EntityTable<BookmarkRow, 'guideId'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // v1 (app 0.1.0): content, its meta, settings, bookmarks.
    this.version(1).stores({
      guides: 'key, lang, [lang+category]',
      contacts: 'id, kind',
      contentMeta: 'key',
      settings: 'key',
      bookmarks: 'guideId, savedAt',
    });
  }
}
