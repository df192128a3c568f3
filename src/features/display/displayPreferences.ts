/**
 * Larger text and high contrast, chosen in settings and kept on the phone. They are classes on
 * <html>, so every screen follows without knowing about them; `prefers-contrast: more` from the
 * phone's own settings turns high contrast on too (in CSS).
 */
import { db } from '../../db';
import { getSetting, setSetting } from '../../db/settings';

export const DISPLAY_OPTIONS = {
  largeText: 'display-large-text',
  highContrast: 'display-high-contrast',
} as const;

export type DisplayOption = keyof typeof DISPLAY_OPTIONS;

export function applyDisplayOption(option: DisplayOption, on: boolean): void {
  document.documentElement.classList.toggle(DISPLAY_OPTIONS[option], on);
}

export async function readDisplayOption(option: DisplayOption): Promise<boolean> {
  try {
    return (await getSetting(db, option)) === 'on';
  } catch {
    return false;
  }
}

export async function setDisplayOption(option: DisplayOption, on: boolean): Promise<void> {
  applyDisplayOption(option, on);
  try {
    await setSetting(db, option, on ? 'on' : 'off');
  } catch {
    // No database: the choice lasts for this visit only.
  }
}

/** Called once at start, before the first screen, so the page does not change size after it appears. */
export async function restoreDisplayOptions(): Promise<void> {
  await Promise.all(
    (Object.keys(DISPLAY_OPTIONS) as DisplayOption[]).map(async (o) =>
      applyDisplayOption(o, await readDisplayOption(o)),
    ),
  );
}
