/**
 * The one path every update takes, from the network or from a file: verify against what is
 * installed (verify/verifyPack.ts), then install in one transaction keeping the previous pack. A
 * failure of any step leaves the installed content exactly as it was.
 */
import type { HamrohDatabase, PackSource } from '../../db';
import { getInstalledPack } from '../../db/contentPack';
import { installUpdateKeepingPrevious, NotNewerError, versionToBeat } from '../../db/packHistory';
import { refuse, type PackRefusal } from '../verify/reasons';
import { verifyPack } from '../verify/verifyPack';
import { PACK_PUBLIC_KEY } from './publicKey';

export interface UpdateOptions {
  publicKey?: string;
  appVersion?: string;
  /** Refuse versions up to this one even if newer than installed (after a rollback). */
  skipUpTo?: number;
}

export type Installed = { ok: true; version: number } | PackRefusal;

export async function installUpdate(
  db: HamrohDatabase,
  bytes: Uint8Array,
  source: Exclude<PackSource, 'built-in'>,
  options: UpdateOptions = {},
): Promise<Installed> {
  let installed;
  try {
    installed = await getInstalledPack(db);
  } catch (error) {
    return refuse(isQuotaError(error) ? 'storage-full' : 'storage');
  }
  // Content was installed when the app started (or it would be read-only, with no updates): if the
  // database has none now, the browser deleted it while the app was open. Say so, rather than
  // measure an update against nothing; opening the app again puts the built-in texts back.
  if (!installed) return refuse('content-lost');
  const verified = await verifyPack(bytes, {
    kind: 'update',
    newerThan: Math.max(versionToBeat(installed.version), options.skipUpTo ?? 0),
    appVersion: options.appVersion ?? __APP_VERSION__,
    publicKey: options.publicKey ?? PACK_PUBLIC_KEY,
  });
  if (!verified.ok) return verified;
  try {
    await installUpdateKeepingPrevious(db, verified.pack, source);
    return { ok: true, version: verified.pack.version };
  } catch (error) {
    if (error instanceof NotNewerError) {
      return refuse('not-newer', { offered: error.offered, installed: error.installed });
    }
    return refuse(isQuotaError(error) ? 'storage-full' : 'storage');
  }
}

/** A full disk, however the browser or Dexie wrapped it (inner error, bulk failures, cause). */
export function isQuotaError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  if ('name' in error && error.name === 'QuotaExceededError') return true;
  const nested = [
    'inner' in error ? error.inner : undefined,
    'cause' in error ? error.cause : undefined,
    ...('failures' in error && Array.isArray(error.failures) ? error.failures : []),
  ];
  return nested.some(isQuotaError);
}
