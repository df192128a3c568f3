import { useEffect } from 'react';

/**
 * Keeps the screen on while the card is shown (an officer may read it for a while), where the
 * browser has the Wake Lock API; elsewhere the phone's normal timeout applies. The lock is lost
 * when the page is hidden, so it is taken again when the page comes back.
 */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let active = true;
    const take = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (l) => (active ? (lock = l) : void l.release()),
        () => undefined, // refused (battery saver, no user gesture): the card still shows
      );
    };
    take();
    document.addEventListener('visibilitychange', take);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', take);
      void lock?.release();
    };
  }, []);
}
