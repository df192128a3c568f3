// @vitest-environment jsdom
/**
 * Larger text and high contrast: the database keeps the choice, a copy in localStorage lets the
 * first paint use it, and "Delete my data" forgets both.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { getSetting, setSetting } from '../../src/db/settings';
import { DISPLAY_MIRROR } from '../../src/features/display/displayClasses';
import {
  applyMirroredDisplayOptions,
  forgetDisplayMirror,
  restoreDisplayOptions,
  setDisplayOption,
} from '../../src/features/display/displayPreferences';

const classes = () => [...document.documentElement.classList].sort();

beforeEach(async () => {
  document.documentElement.className = '';
  localStorage.clear();
  await db.open();
  await db.settings.clear();
});
afterEach(() => db.close());

describe('display options', () => {
  it('turning one on sets its class, the database record and the copy', async () => {
    await setDisplayOption('largeText', true);
    expect(classes()).toEqual(['display-large-text']);
    expect(await getSetting(db, 'largeText')).toBe('on');
    expect(localStorage.getItem(DISPLAY_MIRROR)).toBe('display-large-text');

    await setDisplayOption('highContrast', true);
    expect(localStorage.getItem(DISPLAY_MIRROR)).toBe('display-large-text display-high-contrast');

    await setDisplayOption('largeText', false);
    await setDisplayOption('highContrast', false);
    expect(classes()).toEqual([]);
    expect(localStorage.getItem(DISPLAY_MIRROR)).toBeNull();
    expect(await getSetting(db, 'highContrast')).toBe('off');
  });

  it('the copy is applied at start without the database', () => {
    localStorage.setItem(DISPLAY_MIRROR, 'display-high-contrast');
    applyMirroredDisplayOptions();
    expect(classes()).toEqual(['display-high-contrast']);
  });

  it('ignores anything in the copy that is not a display option', () => {
    localStorage.setItem(DISPLAY_MIRROR, 'display-large-text evil-class');
    applyMirroredDisplayOptions();
    expect(classes()).toEqual(['display-large-text']);
  });

  it('the database wins when the two differ, and the copy is corrected', async () => {
    localStorage.setItem(DISPLAY_MIRROR, 'display-high-contrast');
    applyMirroredDisplayOptions();
    await setSetting(db, 'largeText', 'on');
    await restoreDisplayOptions();
    expect(classes()).toEqual(['display-large-text']);
    expect(localStorage.getItem(DISPLAY_MIRROR)).toBe('display-large-text');
  });

  it('forgetting removes the classes and the copy', async () => {
    await setDisplayOption('largeText', true);
    forgetDisplayMirror();
    expect(classes()).toEqual([]);
    expect(localStorage.getItem(DISPLAY_MIRROR)).toBeNull();
  });
});
