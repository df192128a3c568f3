/**
 * Installing an update while keeping the pack it replaces, and going back to that pack with one tap.
 * Each is one transaction: content, the installed-pack row and the history change together or not
 * at all, so a full disk or a closed tab never leaves half a pack. The version check is repeated
 * inside the transaction, so two updates arriving at once (a file and an online check) can never
 * install an older pack over a newer one.
 */
import { MAX_PACK_VERSION, PACK_FORMAT } from '../content/constants';
import type { Pack, PackBody } from '../content/schema';
import { structuralProblems } from '../content/verify/sense';
import { contentTables, getInstalledPack, installPack } from './contentPack';
import type { HamrohDatabase, InstalledPackRow, PackHistoryRow, PackSource } from './database';

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

/**
 * A version as updates must beat it. One above the bound (signed before the bound existed, such
 * as 1e308) would leave no newer version for any update, for good: it counts as 0, so the next
 * genuine update replaces it.
 */
export function versionToBeat(version: number): number {
  return Number.isInteger(version) && version >= 1 && version <= MAX_PACK_VERSION ? version : 0;
}

/**
 * The kept pack as today's app would install it, or undefined if it cannot be restored. A pack
 * kept by an older database version lacks what later versions added (at v2: phrases, regions
 * and the officer card); those parts default to none, and a pack that the app would then refuse
 * for its shape (no officer card, a link to nothing, two rows under one key) is not offered at
 * all — a rollback that fails, or empties a screen, is worse than none. Its texts and numbers
 * passed every rule when the pack came in.
 */
function restorable(previous: PackHistoryRow): PackBody | undefined {
  const kept: Partial<PackBody> = previous.body;
  const body: PackBody = {
    guides: kept.guides ?? [],
    contacts: kept.contacts ?? [],
    phrases: kept.phrases ?? [],
    regions: kept.regions ?? [],
    cards: kept.cards ?? [],
  };
  return structuralProblems(body).length === 0 ? body : undefined;
}

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
    if (current && versionToBeat(current.version) >= pack.version) {
      throw new NotNewerError(current.version, pack.version);
    }
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

/**
 * The pack a rollback would restore: only while the pack that replaced it is still installed, and
 * only if it can be restored whole.
 */
export async function getRollbackTarget(db: HamrohDatabase): Promise<InstalledPackRow | undefined> {
  const [previous, current] = await Promise.all([db.packHistory.get('previous'), getInstalledPack(db)]);
  if (!previous || !current || previous.replacedBy !== current.hash) return undefined;
  return restorable(previous) ? previous.meta : undefined;
}

/** Online checks skip versions up to this one (0: nothing was rolled back). */
export async function getRolledBackVersion(db: HamrohDatabase): Promise<number> {
  const row = await db.contentMeta.get('rolledBack');
  return row?.key === 'rolledBack' ? versionToBeat(row.version) : 0;
}

/** Restores the previous pack and forgets it (there is no "roll forward"); returns what is now installed. */
export async function rollBackToPrevious(db: HamrohDatabase): Promise<InstalledPackRow> {
  return db.transaction('rw', historyTables(db), async () => {
    const [current, previous] = await Promise.all([getInstalledPack(db), db.packHistory.get('previous')]);
    if (!current || !previous || previous.replacedBy !== current.hash) {
      throw new NoPreviousPackError('no previous pack to go back to');
    }
    const body = restorable(previous);
    if (!body) throw new NoPreviousPackError('the kept pack cannot be restored whole');
    const { meta } = previous;
    // installPack stores the header fields of the meta row only; minAppVersion was checked when the
    // previous pack was first installed and is not kept.
    const { version, createdAt, hash } = meta;
    const pack: Pack = { format: PACK_FORMAT, version, createdAt, minAppVersion: '0.0.0', hash, ...body };
    await installPack(db, pack, meta.source);
    const skipUpTo = Math.max(versionToBeat(current.version), await getRolledBackVersion(db));
    await db.contentMeta.put({ key: 'rolledBack', version: skipUpTo });
    await db.packHistory.delete('previous');
    const restored = await getInstalledPack(db);
    if (!restored) throw new NoPreviousPackError('the restored pack was not recorded');
    return restored;
  });
}
