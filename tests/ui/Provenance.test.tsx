// @vitest-environment jsdom
/** The provenance line under every guide, contact and card, in Uzbek (the app's default language). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Provenance } from '../../src/ui/Provenance';

const uz = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'locales', 'uz', 'ui.json'), 'utf8'),
) as Record<string, unknown>;

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: 'uz', resources: { uz: { translation: uz } } });
});
afterEach(cleanup);

const source = (date: string) => ({ title: 't', url: 'https://example.org/', date });
const today = new Date('2026-12-04T12:00:00Z');

describe('Provenance', () => {
  it('names the newest source’s month and the day the text was written, in Uzbek words', () => {
    const { container } = render(
      <Provenance
        written="2026-11-22"
        sources={[source('2025-10-23'), source('undated'), source('2026-03-08')]}
        today={today}
      />,
    );
    const line = container.querySelector('.checked-on')?.textContent;
    expect(line).toBe('Eng yangi manba: 2026-yil mart · Matn yozilgan sana: 2026-yil 22-noyabr');
    expect(container.querySelector('.stale')).toBeNull();
    expect(container.querySelector('.not-advice')).toBeNull();
  });

  it('warns once the newest source is more than a year old, however new the text is', () => {
    const { container } = render(
      <Provenance written="2026-12-04" sources={[source('2025-07-01')]} today={today} />,
    );
    expect(container.querySelector('.stale')?.textContent).toContain('Eskirgan boʻlishi mumkin');
  });

  it('shows only the writing date when no source is dated, and the not-advice line when asked', () => {
    const { container } = render(
      <Provenance written="2026-11-22" sources={[source('undated')]} notAdvice today={today} />,
    );
    expect(container.querySelector('.checked-on')?.textContent).toBe(
      'Matn yozilgan sana: 2026-yil 22-noyabr',
    );
    expect(container.querySelector('.not-advice')?.textContent).toMatch(/yuridik maslahat emas/);
  });
});
