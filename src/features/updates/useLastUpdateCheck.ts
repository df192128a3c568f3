/**
 * The last online check, live: the newer of the recorded one and this session's (kept in memory,
 * so a check the full disk could not record still shows). Apart from useUpdateStatus because the
 * notice on every screen needs only this, and the first screen's code should not carry the pack
 * history. undefined: still loading; null: content is read-only from memory (nothing is checked).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { useContentState } from '../../content/ContentProvider';
import { latestCheckInMemory, newestCheck, subscribeToChecks } from '../../content/updates/latestCheck';
import { db } from '../../db';
import { getLastUpdateCheck } from '../../db/updateStatus';

export function useContentWritable(): boolean {
  const content = useContentState();
  return content.status === 'ready' && !content.readOnly;
}

export function useCheckInMemory() {
  return useSyncExternalStore(subscribeToChecks, latestCheckInMemory, () => undefined);
}

export function useLastUpdateCheck() {
  const writable = useContentWritable();
  const inMemory = useCheckInMemory();
  const recorded = useLiveQuery(async () => (writable ? getLastUpdateCheck(db) : null), [writable]);
  return recorded === null ? null : newestCheck(recorded, inMemory);
}
