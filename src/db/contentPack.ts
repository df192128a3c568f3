/**
 * Installing a content pack: all or nothing. Guides, contacts and the installed-pack row change in
 * one transaction, so a failure (a full disk, a closed tab) leaves the previous content whole.
 */
import type { Pack } from '../content/schema';
import type { HamrohDatabase, InstalledPackRow, PackSource } from './database';

export function getInstalledPack(db: HamrohDatabase): Promise<InstalledPackRow | undefined> {
  return db.contentMeta.get('pack');
}

export async function installPack(db: HamrohDatabase, pack: Pack, source: PackSource): Promise<void> {
  await db.transaction('rw', db.guides, db.contacts, db.contentMeta, async () => {
    await db.guides.clear();
    await db.contacts.clear();
    await db.guides.bulkAdd(pack.guides);
    await db.contacts.bulkAdd(pack.contacts);
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
