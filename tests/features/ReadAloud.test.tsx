// @vitest-environment jsdom
/** Read-aloud where the browser has no speech at all (jsdom has none, like some in-app browsers). */
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Router } from 'wouter';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReadAloud } from '../../src/features/guides/ReadAloud';
import { makeGuide } from '../fixtures/packs';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: { guide: { noVoice: 'No voice on this phone' } } } },
  });
});
afterEach(cleanup);

describe('ReadAloud without speech', () => {
  it('says there is no voice, and leaving the guide does not throw', () => {
    expect('speechSynthesis' in window).toBe(false);
    const { unmount } = render(
      <Router>
        <ReadAloud guide={makeGuide('en', 'detention', 'Detained')} />
      </Router>,
    );
    expect(screen.getByText(/No voice on this phone/)).toBeTruthy();
    expect(() => unmount()).not.toThrow();
  });
});
