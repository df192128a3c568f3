/**
 * Larger text and high contrast, chosen in settings and kept on the phone. They are classes on
 * <html>, so every screen follows without knowing about them; `prefers-contrast: more` from the
 * phone's own settings turns high contrast on too (in CSS).
 *
 * IndexedDB holds the choice. A copy in localStorage (only these class names) lets the first-paint
 * script apply it before anything is drawn, and lets the app start without waiting for the
 * database: someone who needs large text never sees the small version first.
 */
import { useSyncExternalStore } from 'react';
import { db } from '../../db';
import { getSetting, setSetting } from '../../db/settings';
import { DISPLAY_MIRROR, DISPLAY_OPTIONS, type DisplayOption } from './displayClasses';

export type { DisplayOption } from './displayClasses';

const ALL_OPTIONS = Object.keys(DISPLAY_OPTIONS) as DisplayOption[];

// The class on <html> is the one state every part reads: settings' checkboxes subscribe to it,
// so they follow a change from anywhere (a tap, the start-up restore, "Delete my data").
const listeners = new Set<() => void>();

function applyDisplayOption(option: DisplayOption, on: boolean): void {
  document.documentElement.classList.toggle(DISPLAY_OPTIONS[option], on);
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** Whether an option is on now. */
export function useDisplayOption(option: DisplayOption): boolean {
  return useSyncExternalStore(subscribe, () =>
    document.documentElement.classList.contains(DISPLAY_OPTIONS[option]),
  );
}

function writeMirror(): void {
  const on = ALL_OPTIONS.map((o) => DISPLAY_OPTIONS[o]).filter((c) =>
    document.documentElement.classList.contains(c),
  );
  try {
    if (on.length > 0) localStorage.setItem(DISPLAY_MIRROR, on.join(' '));
    else localStorage.removeItem(DISPLAY_MIRROR);
  } catch {
    // storage disabled: the database still holds the choice
  }
}

/** Applies the copy at start (the first-paint script does the same; the single file has no such script). */
export function applyMirroredDisplayOptions(): void {
  let mirrored: string[];
  try {
    mirrored = (localStorage.getItem(DISPLAY_MIRROR) ?? '').split(' ');
  } catch {
    return;
  }
  for (const option of ALL_OPTIONS) applyDisplayOption(option, mirrored.includes(DISPLAY_OPTIONS[option]));
}

/** Forgets the copy (with "Delete my data", which clears the database's settings). */
export function forgetDisplayMirror(): void {
  for (const option of ALL_OPTIONS) applyDisplayOption(option, false);
  try {
    localStorage.removeItem(DISPLAY_MIRROR);
  } catch {
    // storage disabled: nothing was kept there
  }
}

export async function setDisplayOption(option: DisplayOption, on: boolean): Promise<void> {
  applyDisplayOption(option, on);
  writeMirror();
  try {
    await setSetting(db, option, on ? 'on' : 'off');
  } catch {
    // No database: the choice lasts while the copy in localStorage does.
  }
}

/**
 * Called once at start, without holding up the first screen: the copy was applied before the
 * first paint, and the database (the record) corrects it if the two differ.
 */
export async function restoreDisplayOptions(): Promise<void> {
  let stored: boolean[];
  try {
    stored = await Promise.all(ALL_OPTIONS.map(async (o) => (await getSetting(db, o)) === 'on'));
  } catch {
    return; // no database: keep what the copy said
  }
  ALL_OPTIONS.forEach((o, i) => applyDisplayOption(o, stored[i] === true));
  writeMirror();
}
