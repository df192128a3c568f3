/** Small user preferences (the chosen language), kept on the phone only. */
import type { HamrohDatabase } from './database';

export async function getSetting(db: HamrohDatabase, key: string): Promise<string | undefined> {
  return (await db.settings.get(key))?.value;
}

export async function setSetting(db: HamrohDatabase, key: string, value: string): Promise<void> {
  await db.settings.put({ key, value });
}
