/** The last online check for a content update: when it ran and what came of it, for the about screen. */
import type { HamrohDatabase, UpdateCheckRow } from './database';

export async function recordUpdateCheck(
  db: HamrohDatabase,
  check: Omit<UpdateCheckRow, 'key'>,
): Promise<void> {
  await db.contentMeta.put({ key: 'lastCheck', ...check });
}

export async function getLastUpdateCheck(db: HamrohDatabase): Promise<UpdateCheckRow | undefined> {
  const row = await db.contentMeta.get('lastCheck');
  return row?.key === 'lastCheck' ? row : undefined;
}
