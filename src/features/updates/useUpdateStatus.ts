/**
 * The last online check and the pack a rollback would restore (a read of the whole previous pack),
 * live (they change when a check or an import installs a pack). The last check is the newer of
 * the recorded one and this session's (kept in memory: a check the full disk could not record
 * still shows). undefined: still loading; null: content is read-only from memory, so there is
 * nothing to check or roll back.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { useContentState } from '../../content/ContentProvider';
import { latestCheckInMemory, newestCheck, subscribeToChecks } from '../../content/updates/latestCheck';
import { db } from '../../db';
import { getRollbackTarget } from '../../db/packHistory';
import { getLastUpdateCheck } from '../../db/updateStatus';

export function useContentWritable(): boolean {
  const content = useContentState();
  return content.status === 'ready' && !content.readOnly;
}

function useCheckInMemory() {
  return useSyncExternalStore(subscribeToChecks, latestCheckInMemory, () => undefined);
}

/** Only the last check: for the notice shown on every screen, which needs no pack history. */
export function useLastUpdateCheck() {
  const writable = useContentWritable();
  const inMemory = useCheckInMemory();
  const recorded = useLiveQuery(async () => (writable ? getLastUpdateCheck(db) : null), [writable]);
  return recorded === null ? null : newestCheck(recorded, inMemory);
}

export function useUpdateStatus() {
  const writable = useContentWritable();
  const inMemory = useCheckInMemory();
  const status = useLiveQuery(async () => {
    if (!writable) return null;
    const [lastCheck, rollbackTo] = await Promise.all([getLastUpdateCheck(db), getRollbackTarget(db)]);
    return { lastCheck, rollbackTo };
  }, [writable]);
  return status && { ...status, lastCheck: newestCheck(status.lastCheck, inMemory) };
}
