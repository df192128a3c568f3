// @vitest-environment jsdom
/** The display checkboxes follow the option wherever it changes: a tap, or "Delete my data". */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { DisplaySettings } from '../../src/features/display/DisplaySettings';
import { forgetDisplayMirror } from '../../src/features/display/displayPreferences';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: {
      en: {
        translation: {
          display: { title: 'Display', largeText: 'Larger text', highContrast: 'High contrast' },
        },
      },
    },
  });
});
beforeEach(async () => {
  document.documentElement.className = '';
  localStorage.clear();
  await db.open();
  await db.settings.clear();
});
afterEach(cleanup);

describe('DisplaySettings', () => {
  it('a tap checks the box at once; "Delete my data" unchecks it', async () => {
    render(<DisplaySettings />);
    const box = screen.getByLabelText('Larger text') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await act(async () => {
      fireEvent.click(box);
    });
    expect(box.checked).toBe(true);
    expect(document.documentElement.classList.contains('display-large-text')).toBe(true);
    act(() => forgetDisplayMirror());
    expect(box.checked).toBe(false);
    expect((screen.getByLabelText('High contrast') as HTMLInputElement).checked).toBe(false);
  });
});
