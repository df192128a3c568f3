/** Dates in content are ISO strings (YYYY-MM-DD, or YYYY / YYYY-MM for sources). */

export function isOlderThanMonths(isoDate: string, months: number, today: Date): boolean {
  const checked = new Date(`${isoDate}T00:00:00Z`);
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return checked < limit;
}

export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A source date may be a year, a month or a day; show only what the source gave. */
export function formatSourceDate(value: string, lang: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}-01T00:00:00Z`),
    );
  }
  return formatDate(value, lang);
}
