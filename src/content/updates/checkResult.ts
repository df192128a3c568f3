/**
 * What a refusal means for an online check, decided in one place for the check that records it
 * and for the screens that read old records (so a record written before a reason changed its
 * meaning is shown as it is meant now). Free of heavy imports: the notice on every screen uses it.
 */
import type { UpdateCheckRow } from '../../db/database';
import type { PackRejection } from '../verify/reasons';

/**
 * Not an update, so nothing was refused: an equal or older pack, or an unsigned one — the site's
 * own built-in pack, as an unsigned deploy serves it, which reaches phones with the app itself.
 */
const NOTHING_NEW: readonly PackRejection[] = ['not-newer', 'unsigned'];

/**
 * Connection and phone problems: "could not check", not "refused an update". An answer that is not
 * JSON at all (a network's sign-in page, a proxy's error) says nothing about any update.
 */
const COULD_NOT_CHECK: readonly PackRejection[] = [
  'network',
  'web-page',
  'not-json',
  'truncated',
  'storage-full',
  'storage',
  'content-lost',
];

export function checkResultFor(reason: PackRejection): UpdateCheckRow['result'] {
  if (NOTHING_NEW.includes(reason)) return 'up-to-date';
  return COULD_NOT_CHECK.includes(reason) ? 'failed' : 'rejected';
}

/** The notice a check deserves on every screen, if any (the about screen shows every check). */
export type CheckNotice = 'rejected' | 'needs-app' | 'content-lost';

export function noticeFor(check: Pick<UpdateCheckRow, 'result' | 'reason'>): CheckNotice | undefined {
  const { reason } = check;
  if (!reason || check.result === 'updated') return undefined;
  if (reason === 'content-lost') return 'content-lost';
  if (reason === 'app-too-old') return 'needs-app';
  return checkResultFor(reason) === 'rejected' ? 'rejected' : undefined;
}
