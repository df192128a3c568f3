/**
 * Dates in content are ISO strings: YYYY-MM-DD for the day a text was written, and YYYY,
 * YYYY-MM or YYYY-MM-DD (or "undated") for a source, which gives only as much as it showed.
 *
 * Russian and English are worded by Intl. Uzbek is worded here, by hand: browsers' Intl data for
 * "uz" prints "2026 M11 22", and an Uzbek reader writes "2026-yil 22-noyabr" (Latin) or
 * "2026 йил 22 ноябрь" (Cyrillic, the month names as in locales/uz-Cyrl/words.json).
 */

const UZ_LATIN_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
  'dekabr',
] as const;

const UZ_CYRILLIC_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

interface DateParts {
  year: number;
  /** 1–12, when the date names a month. */
  month?: number;
  day?: number;
}

function parts(value: string): DateParts {
  const [year = '', month, day] = value.split('-');
  return { year: Number(year), month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
}

/** Uzbek wording of as much of the date as is given; undefined for a language Intl handles. */
function uzbekDate({ year, month, day }: DateParts, lang: string): string | undefined {
  if (lang === 'uz') {
    const name = month ? UZ_LATIN_MONTHS[month - 1] : undefined;
    if (!name) return `${year}-yil`;
    return day ? `${year}-yil ${day}-${name}` : `${year}-yil ${name}`;
  }
  if (lang === 'uz-Cyrl') {
    const name = month ? UZ_CYRILLIC_MONTHS[month - 1] : undefined;
    if (!name) return `${year} йил`;
    return day ? `${year} йил ${day} ${name}` : `${year} йил ${name}`;
  }
  return undefined;
}

/** A full date (YYYY-MM-DD) in the reader's language. */
export function formatDate(isoDate: string, lang: string): string {
  const uzbek = uzbekDate(parts(isoDate), lang);
  if (uzbek) return uzbek;
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A month and year ("March 2026", "2026-yil mart"), or only the year when that is all there is. */
export function formatMonth(value: string, lang: string): string {
  const { year, month } = parts(value);
  const uzbek = uzbekDate({ year, month }, lang);
  if (uzbek) return uzbek;
  if (!month) return String(year);
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** A source date may be a year, a month or a day; show only what the source gave. */
export function formatSourceDate(value: string, lang: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : formatMonth(value, lang);
}

/**
 * The first day a source date can mean: "2025" → 2025-01-01, "2025-03" → 2025-03-01. Ages are
 * counted from it, so a source that gave only its year is never taken for newer than it may be.
 */
function firstDay(value: string): string {
  return /^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value;
}

/** The newest of the dated sources ("undated" ones say nothing about age), or undefined. */
export function newestSourceDate(sources: readonly { date: string }[]): string | undefined {
  let newest: string | undefined;
  for (const { date } of sources) {
    if (date === 'undated') continue;
    if (!newest || firstDay(date) > firstDay(newest)) newest = date;
  }
  return newest;
}

export function isOlderThanMonths(isoDate: string, months: number, today: Date): boolean {
  const checked = new Date(`${firstDay(isoDate)}T00:00:00Z`);
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return checked < limit;
}

/** How old the newest source may be before a text is marked "may be out of date". */
export const STALE_AFTER_MONTHS = 12;

/**
 * The "may be out of date" rule: the newest dated source is more than 12 months old. A text with
 * no dated source is judged by the day it was written instead.
 */
export function mayBeOutOfDate(written: string, sources: readonly { date: string }[], today: Date): boolean {
  return isOlderThanMonths(newestSourceDate(sources) ?? written, STALE_AFTER_MONTHS, today);
}
