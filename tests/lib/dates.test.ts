import { describe, expect, it } from 'vitest';
import { formatDate, formatSourceDate, isOlderThanMonths } from '../../src/lib/dates';

describe('isOlderThanMonths', () => {
  const today = new Date('2026-11-22T10:00:00Z');
  it.each([
    ['2026-11-22', false],
    ['2025-11-23', false],
    ['2025-11-22', false],
    ['2025-11-21', true],
    ['2024-01-01', true],
  ])('%s older than 12 months: %s', (date, older) => {
    expect(isOlderThanMonths(date, 12, today)).toBe(older);
  });
});

describe('formatting', () => {
  it('writes dates in the reader’s language', () => {
    expect(formatDate('2026-11-22', 'en')).toBe('November 22, 2026');
    expect(formatDate('2026-11-22', 'ru')).toMatch(/22 ноября 2026/);
  });

  it('shows only as much of a source date as the source gave', () => {
    expect(formatSourceDate('2025', 'en')).toBe('2025');
    expect(formatSourceDate('2024-03', 'en')).toBe('March 2024');
    expect(formatSourceDate('2025-09-18', 'en')).toBe('September 18, 2025');
  });
});
