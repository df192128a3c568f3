/**
 * Hands a text to the phone's own share sheet (the Web Share API: messengers, SMS, Bluetooth,
 * Nearby Share), or copies it where there is none. Nothing is sent by the app itself.
 */
import { copyToClipboard } from '../../lib/clipboard';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export function canUseShareSheet(): boolean {
  return typeof navigator.share === 'function';
}

export async function copyText(text: string): Promise<ShareOutcome> {
  return (await copyToClipboard(text)) ? 'copied' : 'failed';
}

/** The text carries its own link: apps that would put a separate `url` first or twice get it once. */
export async function shareText(title: string, text: string): Promise<ShareOutcome> {
  if (!canUseShareSheet()) return copyText(text);
  try {
    await navigator.share({ title, text });
    return 'shared';
  } catch (error) {
    // Closing the share sheet is a choice, not a failure; anything else falls back to copying.
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    return copyText(text);
  }
}
