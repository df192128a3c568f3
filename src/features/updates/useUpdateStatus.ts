/**
 * The last online check and the pack a rollback would restore (a read of the whole previous
 * pack), live: they change when a check or an import installs a pack. For the about screen.
 * undefined: still loading; null: content is read-only from memory, so there is nothing to check
 * or roll back.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { newestCheck } from '../../content/updates/latestCheck';
import { db } from '../../db';
import { getRollbackTarget } from '../../db/packHistory';
import { getLastUpdateCheck } from '../../db/updateStatus';
import { useCheckInMemory, useContentWritable } from './useLastUpdateCheck';

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
