import { useSyncExternalStore } from 'react';
import { applyUpdate, isUpdateWaiting, subscribeToUpdate } from './register';

/** Whether a new app version is waiting, and how to accept it. */
export function useAppUpdate(): { ready: boolean; apply: () => void } {
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
  return { ready, apply: applyUpdate };
}
