/**
 * Installing a content pack: all or nothing. Every content table and the installed-pack row change
 * in one transaction, so a failure (a full disk, a closed tab) leaves the previous content whole.
 */
import type { Pack } from '../content/schema';
import type { HamrohDatabase, InstalledPackRow, PackSource } from './database';

export async function getInstalledPack(db: HamrohDatabase): Promise<InstalledPackRow | undefined> {
  const row = await db.contentMeta.get('pack');
  return row?.key === 'pack' ? row : undefined;
}

/** Every table that holds pack content; a pack replaces all of them together. */
export function contentTables(db: HamrohDatabase) {
  return [db.guides, db.contacts, db.phrases, db.regions, db.cards];
}

export async function installPack(db: HamrohDatabase, pack: Pack, source: PackSource): Promise<void> {
  await db.transaction('rw', [...contentTables(db), db.contentMeta], async () => {
    await Promise.all(contentTables(db).map((table) => table.clear()));
    await db.guides.bulkAdd(pack.guides);
    await db.contacts.bulkAdd(pack.contacts);
    await db.phrases.bulkAdd(pack.phrases);
    await db.regions.bulkAdd(pack.regions);
    await db.cards.bulkAdd(pack.cards);
    await db.contentMeta.put({
      key: 'pack',
      version: pack.version,
      hash: pack.hash,
      createdAt: pack.createdAt,
      source,
      installedAt: new Date().toISOString(),
    });
  });
}
