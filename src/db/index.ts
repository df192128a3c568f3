/**
 * The database singleton. src/db/ is the only code that touches IndexedDB; everything else goes
 * through the table modules beside this file.
 */
import { HamrohDatabase } from './database';

export const db = new HamrohDatabase();

export type { BookmarkRow, InstalledPackRow, PackSource, SettingRow } from './database';
export { HamrohDatabase, DATABASE_NAME } from './database';
