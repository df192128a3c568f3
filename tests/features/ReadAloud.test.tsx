// @vitest-environment jsdom
/** Read-aloud where the browser has no speech at all (jsdom has none, like some in-app browsers). */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Router } from 'wouter';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReadAloud } from '../../src/features/guides/ReadAloud';
import { makeGuide } from '../fixtures/packs';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: { guide: { noVoice: 'No voice on this phone', play: 'Read aloud' } } } },
  });
});
afterEach(cleanup);

describe('ReadAloud without speech', () => {
  it('offers the button at once, says there is no voice only when pressed, and leaving does not throw', () => {
    expect('speechSynthesis' in window).toBe(false);
    const { unmount } = render(
      <Router>
        <ReadAloud guide={makeGuide('en', 'detention', 'Detained')} />
      </Router>,
    );
    expect(screen.queryByText(/No voice on this phone/)).toBeNull(); // nothing appears by itself
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(screen.getByText(/No voice on this phone/)).toBeTruthy();
    expect(() => unmount()).not.toThrow();
  });
});
