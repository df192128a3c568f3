/** Content updates: what the rest of the app starts and calls. The checker itself loads lazily. */
export { checkForUpdateNow, startOnlineUpdates } from './schedule';
