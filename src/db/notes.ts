/** Private notes about contacts ("did not answer on 3 March"): on this phone only. */
import type { HamrohDatabase } from './database';

export async function getNote(db: HamrohDatabase, contactId: string): Promise<string> {
  return (await db.notes.get(contactId))?.text ?? '';
}

export async function saveNote(db: HamrohDatabase, contactId: string, text: string): Promise<void> {
  if (text.trim() === '') await db.notes.delete(contactId);
  else await db.notes.put({ contactId, text, updatedAt: new Date().toISOString() });
}
