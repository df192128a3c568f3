/**
 * The one IndexedDB database. Every schema version that ever shipped stays declared here, in
 * order: Dexie needs the old declarations to upgrade a phone that skipped versions, and a user's
 * saved data must survive every upgrade. Add a new version; never edit a shipped one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Contact, Guide, OfficerCard, PackBody, Phrase, Region } from '../content/schema';
import type { PackRejection } from '../content/verify/reasons';

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

/** The last online check for a content update (one row, key 'lastCheck'). */
export interface UpdateCheckRow {
  key: 'lastCheck';
  checkedAt: string;
  result: 'updated' | 'up-to-date' | 'rejected' | 'failed';
  reason?: PackRejection;
  /** The version this check installed. */
  version?: number;
}

/** Set by a rollback: online checks skip versions up to this one, so a bad pack does not come back. */
export interface RolledBackRow {
  key: 'rolledBack';
  version: number;
}

export type ContentMetaRow = InstalledPackRow | UpdateCheckRow | RolledBackRow;

/** The pack an update replaced, whole, for a one-tap rollback (one row, key 'previous'). */
export interface PackHistoryRow {
  key: 'previous';
  meta: InstalledPackRow;
  body: PackBody;
  /** Hash of the pack that replaced it: a rollback is offered only while that pack is installed. */
  replacedBy: string;
}

/** The personal card: optional details shown on the officer card. One row, key 'me'. */
export interface PersonalCardRow {
  key: 'me';
  name?: string;
  passport?: string;
  patent?: string;
  relativePhone?: string;
}

/** A private note about a contact ("did not answer on 3 March"). */
export interface NoteRow {
  contactId: string;
  text: string;
  updatedAt: string;
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
  // Rows of several kinds; each is written whole (key included), so the insert type is the row itself.
  contentMeta!: EntityTable<ContentMetaRow, 'key', ContentMetaRow>;
  packHistory!: EntityTable<PackHistoryRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  bookmarks!: EntityTable<BookmarkRow, 'guideId'>;
  phrases!: EntityTable<Phrase, 'id'>;
  regions!: EntityTable<Region, 'code'>;
  cards!: EntityTable<OfficerCard, 'id'>;
  personalCard!: EntityTable<PersonalCardRow, 'key'>;
  notes!: EntityTable<NoteRow, 'contactId'>;

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
    // v2 (content updates): the pack an update replaced, kept for a rollback. contentMeta also holds
    // the last update check and the rolled-back version; it needs no new index for that.
    this.version(2).stores({
      packHistory: 'key',
    });
    // v3 (help right now): phrases, regions and the officer card as content; the personal card and
    // private notes about contacts as user data.
    this.version(3).stores({
      phrases: 'id, situation',
      regions: 'code',
      cards: 'id',
      personalCard: 'key',
      notes: 'contactId',
    });
  }
}
