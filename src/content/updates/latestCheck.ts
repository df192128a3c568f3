/**
 * The latest online check of this session, kept in memory as well as in the database. With the
 * disk full, a failed check cannot be recorded, and the screens, which read the record, would
 * still say "not checked yet" or "up to date": the one kept here reaches them anyway.
 */
import type { UpdateCheckRow } from '../../db/database';

export type UpdateCheck = Omit<UpdateCheckRow, 'key'>;

let latest: UpdateCheck | undefined;
const listeners = new Set<() => void>();

export function rememberCheck(check: UpdateCheck): void {
  latest = check;
  for (const listener of listeners) listener();
}

export function latestCheckInMemory(): UpdateCheck | undefined {
  return latest;
}

export function subscribeToChecks(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The more recent of the recorded check and the one in memory. */
export function newestCheck<T extends UpdateCheck>(
  recorded: T | undefined,
  inMemory: UpdateCheck | undefined,
) {
  if (!inMemory) return recorded;
  if (!recorded) return inMemory;
  return inMemory.checkedAt > recorded.checkedAt ? inMemory : recorded;
}
