/**
 * "Remove everything": the database, the offline copy (Cache Storage), the service worker and any
 * local storage. Afterwards nothing of the app is left in the browser's storage; opening it again
 * needs a connection, like the very first time.
 */
import { db } from '../../db';

export async function removeEverything(): Promise<void> {
  db.close();
  await db.delete().catch(() => undefined); // already gone or blocked: the rest still goes
  if ('caches' in self) {
    for (const name of await caches.keys()) await caches.delete(name);
  }
  if ('serviceWorker' in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations())
      await registration.unregister();
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // storage disabled: nothing stored there either
  }
}
