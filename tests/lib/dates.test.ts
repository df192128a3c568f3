import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMonth,
  formatSourceDate,
  isOlderThanMonths,
  mayBeOutOfDate,
  newestSourceDate,
} from '../../src/lib/dates';

describe('isOlderThanMonths', () => {
  const today = new Date('2026-11-22T10:00:00Z');
  it.each([
    ['2026-11-22', false],
    ['2025-11-23', false],
    ['2025-11-22', false],
    ['2025-11-21', true],
    ['2024-01-01', true],
    // a year or a month counts from its first day
    ['2025-12', false],
    ['2025-11', true],
    ['2025', true],
  ])('%s older than 12 months: %s', (date, older) => {
    expect(isOlderThanMonths(date, 12, today)).toBe(older);
  });
});

describe('formatting', () => {
  it('writes dates in Russian and English through Intl', () => {
    expect(formatDate('2026-11-22', 'en')).toBe('November 22, 2026');
    expect(formatDate('2026-11-22', 'ru')).toMatch(/22 ноября 2026/);
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
    expect(formatMonth('2026-03-08', 'ru')).toMatch(/март 2026/);
  });

  it('writes Uzbek dates the Uzbek way, not as the browser’s "2026 M11 22"', () => {
    expect(formatDate('2026-11-22', 'uz')).toBe('2026-yil 22-noyabr');
    expect(formatDate('2026-01-09', 'uz')).toBe('2026-yil 9-yanvar');
    expect(formatMonth('2026-03', 'uz')).toBe('2026-yil mart');
    expect(formatMonth('2025-09-18', 'uz')).toBe('2025-yil sentabr');
    expect(formatMonth('2025', 'uz')).toBe('2025-yil');
  });

  it('writes Uzbek Cyrillic dates in Cyrillic', () => {
    expect(formatDate('2026-11-22', 'uz-Cyrl')).toBe('2026 йил 22 ноябрь');
    expect(formatMonth('2026-03', 'uz-Cyrl')).toBe('2026 йил март');
    expect(formatSourceDate('2024', 'uz-Cyrl')).toBe('2024 йил');
  });

  it('shows only as much of a source date as the source gave', () => {
    expect(formatSourceDate('2025', 'en')).toBe('2025');
    expect(formatSourceDate('2024-03', 'en')).toBe('March 2024');
    expect(formatSourceDate('2025-09-18', 'en')).toBe('September 18, 2025');
    expect(formatSourceDate('2025-09-18', 'uz')).toBe('2025-yil 18-sentabr');
  });
});

describe('the newest source and the out-of-date rule', () => {
  const today = new Date('2026-12-04T10:00:00Z');
  const sources = (...dates: string[]) => dates.map((date) => ({ date }));

  it('takes the newest dated source and ignores undated ones', () => {
    expect(newestSourceDate(sources('2022-09-30', 'undated', '2026-03-08', '2025'))).toBe('2026-03-08');
    expect(newestSourceDate(sources('undated'))).toBeUndefined();
    expect(newestSourceDate([])).toBeUndefined();
  });

  it('does not take a year-only source for newer than a dated one in that year', () => {
    expect(newestSourceDate(sources('2026', '2026-01-09'))).toBe('2026-01-09');
  });

  it('judges by the sources, not by the day the text was written', () => {
    // written yesterday, but resting on sources from 2025-07: out of date
    expect(mayBeOutOfDate('2026-12-03', sources('2025-07-01', 'undated'), today)).toBe(true);
    // written long ago, but resting on a recent source: not out of date
    expect(mayBeOutOfDate('2024-01-01', sources('2026-03-08'), today)).toBe(false);
  });

  it('falls back to the day the text was written when no source is dated', () => {
    expect(mayBeOutOfDate('2026-11-22', sources('undated'), today)).toBe(false);
    expect(mayBeOutOfDate('2025-11-01', [], today)).toBe(true);
  });
});
