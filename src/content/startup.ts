/**
 * Gets content ready at start. The common case costs one small IndexedDB read: the stored pack is
 * the one this build ships. Otherwise (first run, a newer build, a database the browser evicted)
 * the bundled pack — precached by the service worker, so this works offline — is installed in one
 * transaction. If IndexedDB cannot be used at all, the bundled pack is read from memory instead.
 */
import { bundledPack } from 'virtual:content-pack-meta';
import { db } from '../db';
import { getInstalledPack, installPack } from '../db/contentPack';
import { databaseReader, memoryReader, type ContentReader } from './reader';

export type ContentState =
  | { status: 'ready'; reader: ContentReader; readOnly: false }
  | { status: 'ready'; reader: ContentReader; readOnly: true; reason: string }
  | { status: 'failed'; reason: string };

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

const packUrl = () => new URL(bundledPack.url, document.baseURI).href;

export async function startContent(): Promise<ContentState> {
  try {
    await db.open();
    if (shouldInstallBundled(await getInstalledPack(db), bundledPack)) {
      const { fetchPack } = await import('./loadPack');
      await installPack(db, await fetchPack(packUrl()), 'built-in');
    }
    return { status: 'ready', reader: databaseReader, readOnly: false };
  } catch (dbError) {
    try {
      const { fetchPack } = await import('./loadPack');
      const pack = await fetchPack(packUrl());
      return { status: 'ready', reader: memoryReader(pack), readOnly: true, reason: (dbError as Error).name };
    } catch (packError) {
      return { status: 'failed', reason: (packError as Error).message };
    }
  }
}
