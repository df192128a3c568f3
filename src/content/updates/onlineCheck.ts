/**
 * One online check: fetch the pack the site serves now, install it if it is a genuine newer one,
 * and record when the check ran and what came of it (checkResult.ts says what each refusal means:
 * an equal, older or unsigned pack online is "up to date"). Loaded lazily (it brings the
 * verifier), when a check actually runs.
 */
import { bundledPack } from 'virtual:content-pack-meta';
import type { HamrohDatabase } from '../../db/database';
import { getRolledBackVersion } from '../../db/packHistory';
import { recordUpdateCheck } from '../../db/updateStatus';
import type { PackRefusal } from '../verify/reasons';
import { checkResultFor } from './checkResult';
import { downloadPack } from './download';
import { installUpdate, type UpdateOptions } from './install';
import type { UpdateCheck } from './latestCheck';

/**
 * The pack's address next to the app, with a query the service worker's precache does not match,
 * so the answer comes from the site and not from the copy saved on the first visit. The query
 * stays the same from check to check, so the browser's HTTP cache can ask "changed since?" (see
 * download.ts) instead of fetching the whole pack again.
 */
export function updateUrl(baseUrl: string): string {
  const url = new URL(bundledPack.url, baseUrl);
  url.searchParams.set('check', '1');
  return url.href;
}

function checkFromRefusal(refusal: PackRefusal): UpdateCheck {
  const checkedAt = new Date().toISOString();
  const result = checkResultFor(refusal.reason);
  return result === 'up-to-date' ? { checkedAt, result } : { checkedAt, result, reason: refusal.reason };
}

export async function checkOnline(
  db: HamrohDatabase,
  options: UpdateOptions & { baseUrl?: string } = {},
): Promise<UpdateCheck> {
  const download = await downloadPack(updateUrl(options.baseUrl ?? document.baseURI));
  const outcome = download.ok
    ? await installUpdate(db, download.bytes, 'online', {
        ...options,
        skipUpTo: Math.max(options.skipUpTo ?? 0, await getRolledBackVersion(db)),
      })
    : download;
  const check: UpdateCheck = outcome.ok
    ? { checkedAt: new Date().toISOString(), result: 'updated', version: outcome.version }
    : checkFromRefusal(outcome);
  await recordUpdateCheck(db, check).catch(() => undefined); // the result still reaches the caller
  return check;
}
