/** Saved guides. User data: kept on the phone, never sent anywhere, wiped on request. */
import type { HamrohDatabase } from './database';

export function listBookmarks(db: HamrohDatabase): Promise<string[]> {
  return db.bookmarks.orderBy('savedAt').reverse().primaryKeys();
}

export async function isBookmarked(db: HamrohDatabase, guideId: string): Promise<boolean> {
  return (await db.bookmarks.get(guideId)) !== undefined;
}

export async function setBookmark(db: HamrohDatabase, guideId: string, saved: boolean): Promise<void> {
  if (saved) await db.bookmarks.put({ guideId, savedAt: new Date().toISOString() });
  else await db.bookmarks.delete(guideId);
}
