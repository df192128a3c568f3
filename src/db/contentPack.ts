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

/**
 * Rows written per request. The browser copies every row it is given before the call returns, so
 * all the guides in one call were a single long task on a phone's first start (about 300 ms at a
 * quarter of a desktop's speed), and 16 guides (about 270 KB) still about 100 ms; between
 * requests it can paint and answer a tap. The transaction stays one: the next request is made as
 * soon as the previous one is done.
 */
const ROWS_PER_REQUEST = 4;

async function addInSlices<T>(table: { bulkAdd(rows: readonly T[]): Promise<unknown> }, rows: readonly T[]) {
  for (let start = 0; start < rows.length; start += ROWS_PER_REQUEST) {
    await table.bulkAdd(rows.slice(start, start + ROWS_PER_REQUEST));
  }
}

export async function installPack(db: HamrohDatabase, pack: Pack, source: PackSource): Promise<void> {
  await db.transaction('rw', [...contentTables(db), db.contentMeta], async () => {
    await Promise.all(contentTables(db).map((table) => table.clear()));
    await addInSlices(db.guides, pack.guides);
    await addInSlices(db.contacts, pack.contacts);
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
