/**
 * Gets content ready at start. The common case costs one small IndexedDB read: the stored pack is
 * the one this build ships. Otherwise (first run, a newer build, a database the browser evicted)
 * the bundled pack — precached by the service worker, so this works offline — is installed in one
 * transaction. If IndexedDB cannot be used at all, the bundled pack is read from memory instead.
 * The single-file edition carries its pack inside itself and always reads it from memory.
 */
import { bundledPack } from 'virtual:content-pack-meta';
import { db } from '../db';
import { getInstalledPack, installPack } from '../db/contentPack';
import { databaseReader, memoryReader, type ContentReader } from './reader';
import type { Pack } from './schema';

export type ContentState =
  | { status: 'ready'; reader: ContentReader; readOnly: false; dataLost?: boolean }
  | { status: 'ready'; reader: ContentReader; readOnly: true; reason: string; dataLost?: boolean }
  | { status: 'failed'; reason: string };

/**
 * Set once content is installed. If it is there but the database is empty, the browser evicted
 * the database (or someone cleared it): the content is rebuilt, and the person is told that what
 * they saved is gone rather than finding it missing later.
 */
const INSTALLED_MARK = 'hamroh-content-installed';

function wasInstalledBefore(): boolean {
  try {
    return localStorage.getItem(INSTALLED_MARK) === '1';
  } catch {
    return false;
  }
}

function markInstalled(): void {
  try {
    localStorage.setItem(INSTALLED_MARK, '1');
  } catch {
    // Without local storage an eviction cannot be told from a first run; content still works.
  }
}

interface PackMeta {
  version: number;
  hash: string;
}

/** The bundled pack replaces the stored one when it is newer, or the same version with other content. */
export function shouldInstallBundled(installed: PackMeta | undefined, bundled: PackMeta): boolean {
  if (!installed) return true;
  if (bundled.version !== installed.version) return bundled.version > installed.version;
  return bundled.hash !== installed.hash;
}

/** The read-only reason of the single-file edition, for screens that explain it. */
export const SINGLE_FILE = 'single-file';

export async function startContent(baseUrl: string = document.baseURI): Promise<ContentState> {
  // From file:// nothing can be fetched, and a file copy is read-only by design: its own pack, in memory.
  const inline = bundledPack.inline;
  const load = async (from: { text: string } | { url: string }) =>
    (await import('./builtInPack')).loadBuiltInPack(from, bundledPack.hash);
  if (inline !== undefined) return readFromMemory(() => load({ text: inline }), SINGLE_FILE);

  const loadBundled = () => load({ url: new URL(bundledPack.url, baseUrl).href });

  let installed;
  try {
    await db.open();
    installed = await getInstalledPack(db);
  } catch (dbError) {
    return readFromMemory(loadBundled, (dbError as Error).name);
  }
  if (!shouldInstallBundled(installed, bundledPack))
    return { status: 'ready', reader: databaseReader, readOnly: false };

  let pack;
  try {
    pack = await loadBundled();
  } catch (packError) {
    // A damaged or missing bundled pack never replaces content that is already there.
    if (installed) return { status: 'ready', reader: databaseReader, readOnly: false };
    return { status: 'failed', reason: (packError as Error).message };
  }
  try {
    await installPack(db, pack, 'built-in');
    const dataLost = !installed && wasInstalledBefore();
    markInstalled();
    return { status: 'ready', reader: databaseReader, readOnly: false, dataLost };
  } catch (installError) {
    // A full disk or a database that broke mid-way: the transaction left the old rows whole.
    if (installed) return { status: 'ready', reader: databaseReader, readOnly: false };
    return {
      status: 'ready',
      reader: memoryReader(pack),
      readOnly: true,
      reason: (installError as Error).name,
    };
  }
}

async function readFromMemory(load: () => Promise<Pack>, reason: string): Promise<ContentState> {
  try {
    return { status: 'ready', reader: memoryReader(await load()), readOnly: true, reason };
  } catch (packError) {
    return { status: 'failed', reason: (packError as Error).message };
  }
}
