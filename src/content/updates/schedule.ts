/**
 * When the app looks for a content update: while online, soon after start, every six hours while
 * open, whenever the connection comes back, and on return to the app if the last check is six
 * hours old (phones pause timers in the background). One check at a time; the checker itself is
 * loaded only when a check runs, so starting the app costs nothing extra.
 */
import { db } from '../../db';
import type { ContentState } from '../startup';
import { rememberCheck, type UpdateCheck } from './latestCheck';

export const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;
/** Lets the first screen settle before a check parses and hashes a whole pack. */
const FIRST_CHECK_DELAY_MS = 3000;

let running: Promise<UpdateCheck> | undefined;
let lastCheckStarted = 0;
let started = false;

/** Runs a check now (the about screen's button), or joins the one already running. */
export function checkForUpdateNow(): Promise<UpdateCheck> {
  lastCheckStarted = Date.now();
  running ??= import('./onlineCheck')
    .then(({ checkOnline }) => checkOnline(db))
    .catch((): UpdateCheck => ({ checkedAt: new Date().toISOString(), result: 'failed', reason: 'network' }))
    .then((check) => {
      rememberCheck(check); // shown even if it could not be recorded (a full disk)
      return check;
    })
    .finally(() => {
      running = undefined;
    });
  return running;
}

function checkIfOnline(): void {
  if (navigator.onLine) void checkForUpdateNow();
}

/**
 * Starts the checks once content is in the database (not when it is read-only from memory: there
 * is nowhere to install an update). Returns the state unchanged, to chain after startContent.
 */
export function startOnlineUpdates(content: ContentState): ContentState {
  if (started || content.status !== 'ready' || content.readOnly) return content;
  started = true;
  setTimeout(checkIfOnline, FIRST_CHECK_DELAY_MS);
  setInterval(checkIfOnline, CHECK_EVERY_MS);
  window.addEventListener('online', checkIfOnline);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheckStarted >= CHECK_EVERY_MS) {
      checkIfOnline();
    }
  });
  return content;
}
