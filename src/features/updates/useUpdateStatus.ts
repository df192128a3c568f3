/**
 * The last online check and the pack a rollback would restore (a read of the whole previous pack), live (they change when a check or
 * an import installs a pack). undefined: still loading; null: content is read-only from memory,
 * so there is nothing to check or roll back.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useContentState } from '../../content/ContentProvider';
import { db } from '../../db';
import { getRollbackTarget } from '../../db/packHistory';
import { getLastUpdateCheck } from '../../db/updateStatus';

export function useContentWritable(): boolean {
  const content = useContentState();
  return content.status === 'ready' && !content.readOnly;
}

/** Only the last check: for the notice shown on every screen, which needs no pack history. */
export function useLastUpdateCheck() {
  const writable = useContentWritable();
  return useLiveQuery(async () => (writable ? getLastUpdateCheck(db) : null), [writable]);
}

export function useUpdateStatus() {
  const writable = useContentWritable();
  return useLiveQuery(async () => {
    if (!writable) return null;
    const [lastCheck, rollbackTo] = await Promise.all([getLastUpdateCheck(db), getRollbackTarget(db)]);
    return { lastCheck, rollbackTo };
  }, [writable]);
}
