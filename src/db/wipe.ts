/**
 * Erasing what the user saved. Content (guides, contacts) is not personal and stays, so the app
 * keeps working; everything the person typed or chose is removed in one transaction.
 */
import type { HamrohDatabase } from './database';

/** Tables that hold personal data. Every new personal table must be added here (a test checks it). */
export function personalTables(db: HamrohDatabase) {
  return [db.bookmarks, db.settings, db.personalCard, db.notes];
}

export async function deletePersonalData(db: HamrohDatabase): Promise<void> {
  const tables = personalTables(db);
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}
