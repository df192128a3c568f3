/**
 * Persistent storage: browsers may evict a site's data when the phone is short of space. Asking
 * for persistence after the first real use (not on the first screen) follows the browsers' own
 * guidance, and Chrome grants it without a prompt to sites people actually use.
 */
let asked = false;

export async function askForPersistentStorage(): Promise<void> {
  if (asked || !navigator.storage?.persist) return;
  asked = true;
  if (!(await navigator.storage.persisted())) await navigator.storage.persist();
}

export interface StorageStatus {
  persisted: boolean | null;
  usedBytes: number | null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate() : undefined;
  return { persisted, usedBytes: estimate?.usage ?? null };
}
