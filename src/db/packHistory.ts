/**
 * Installing an update while keeping the pack it replaces, and going back to that pack with one tap.
 * Each is one transaction: content, the installed-pack row and the history change together or not
 * at all, so a full disk or a closed tab never leaves half a pack. The version check is repeated
 * inside the transaction, so two updates arriving at once (a file and an online check) can never
 * install an older pack over a newer one.
 */
import { PACK_FORMAT } from '../content/constants';
import type { Pack, PackBody } from '../content/schema';
import { contentTables, getInstalledPack, installPack } from './contentPack';
import type { HamrohDatabase, InstalledPackRow, PackSource } from './database';

export class NotNewerError extends Error {
  override name = 'NotNewerError';
  constructor(
    readonly installed: number,
    readonly offered: number,
  ) {
    super(`version ${offered} is not newer than the installed ${installed}`);
  }
}

export class NoPreviousPackError extends Error {
  override name = 'NoPreviousPackError';
}

const historyTables = (db: HamrohDatabase) => [...contentTables(db), db.contentMeta, db.packHistory];

/** Everything the installed pack put in the database (typed by PackBody, so a new part cannot be missed). */
async function installedBody(db: HamrohDatabase): Promise<PackBody> {
  const [guides, contacts, phrases, regions, cards] = await Promise.all([
    db.guides.toArray(),
    db.contacts.toArray(),
    db.phrases.toArray(),
    db.regions.toArray(),
    db.cards.toArray(),
  ]);
  return { guides, contacts, phrases, regions, cards };
}

export async function installUpdateKeepingPrevious(
  db: HamrohDatabase,
  pack: Pack,
  source: PackSource,
): Promise<void> {
  await db.transaction('rw', historyTables(db), async () => {
    const current = await getInstalledPack(db);
    if (current && current.version >= pack.version) throw new NotNewerError(current.version, pack.version);
    if (current) {
      await db.packHistory.put({
        key: 'previous',
        meta: current,
        body: await installedBody(db),
        replacedBy: pack.hash,
      });
    } else {
      await db.packHistory.clear();
    }
    await installPack(db, pack, source);
  });
}

/** The pack a rollback would restore: only while the pack that replaced it is still installed. */
export async function getRollbackTarget(db: HamrohDatabase): Promise<InstalledPackRow | undefined> {
  const [previous, current] = await Promise.all([db.packHistory.get('previous'), getInstalledPack(db)]);
  return previous && current && previous.replacedBy === current.hash ? previous.meta : undefined;
}

/** Online checks skip versions up to this one (0: nothing was rolled back). */
export async function getRolledBackVersion(db: HamrohDatabase): Promise<number> {
  const row = await db.contentMeta.get('rolledBack');
  return row?.key === 'rolledBack' ? row.version : 0;
}

/** Restores the previous pack and forgets it (there is no "roll forward"); returns what is now installed. */
export async function rollBackToPrevious(db: HamrohDatabase): Promise<InstalledPackRow> {
  return db.transaction('rw', historyTables(db), async () => {
    const [current, previous] = await Promise.all([getInstalledPack(db), db.packHistory.get('previous')]);
    if (!current || !previous || previous.replacedBy !== current.hash) {
      throw new NoPreviousPackError('no previous pack to go back to');
    }
    const { meta, body } = previous;
    // installPack stores the header fields of the meta row only; minAppVersion was checked when the
    // previous pack was first installed and is not kept.
    const { version, createdAt, hash } = meta;
    const pack: Pack = { format: PACK_FORMAT, version, createdAt, minAppVersion: '0.0.0', hash, ...body };
    await installPack(db, pack, meta.source);
    const skipUpTo = Math.max(current.version, await getRolledBackVersion(db));
    await db.contentMeta.put({ key: 'rolledBack', version: skipUpTo });
    await db.packHistory.delete('previous');
    const restored = await getInstalledPack(db);
    if (!restored) throw new NoPreviousPackError('the restored pack was not recorded');
    return restored;
  });
}
