/**
 * Phone numbers are found by any run of three or more of their digits, however they are typed:
 * "4992383620", "238 36", "8 499 238-36-20". The index holds every suffix of each number's digits,
 * so a prefix search for the typed digits finds every run inside a number.
 */

export const MIN_DIGITS = 3;

/** A query made of digits and the signs people type between them, with at least three digits. */
const PHONE_QUERY = /^[\d\s()+\-.]+$/;

/**
 * A full Russian number (+7 and ten digits) in the national form people dial and type: 8 instead
 * of +7. Undefined for any other number. `digits` are the shown number's digits.
 */
function russianNationalForm(display: string, digits: string): string | undefined {
  return display.trim().startsWith('+7') && digits.length === 11 ? `8${digits.slice(1)}` : undefined;
}

/** The digits a number is typed with: as written, and in Russia's national form (8 instead of +7). */
export function phoneDigitForms(display: string): string[] {
  const digits = display.replace(/\D/g, '');
  const national = russianNationalForm(display, digits);
  return national === undefined ? [digits] : [digits, national];
}

/** Every suffix of at least MIN_DIGITS digits: the index terms of one number. */
export function digitSuffixes(digits: string): string[] {
  const out: string[] = [];
  for (let start = 0; digits.length - start >= MIN_DIGITS; start++) out.push(digits.slice(start));
  return out;
}

export function phoneIndexTerms(displays: readonly string[]): string[] {
  return [...new Set(displays.flatMap(phoneDigitForms).flatMap(digitSuffixes))];
}

/** The digits of a query that looks like (part of) a phone number, else undefined. */
export function phoneQueryDigits(query: string): string | undefined {
  if (!PHONE_QUERY.test(query)) return undefined;
  const digits = query.replace(/\D/g, '');
  return digits.length >= MIN_DIGITS ? digits : undefined;
}

/**
 * Where a run of digits sits in a number as shown ("+7 499 238-36-20"), across its spaces and
 * dashes, as [start, end) ranges of the shown text. The national form (8…) is found as +7….
 */
export function digitRunRanges(display: string, run: string): [number, number][] {
  const positions: number[] = [];
  for (let i = 0; i < display.length; i++) if (/\d/.test(display[i] ?? '')) positions.push(i);
  const digits = positions.map((i) => display[i]).join('');
  const national = russianNationalForm(display, digits);
  const at = [digits.indexOf(run), national?.indexOf(run) ?? -1].find((i) => i >= 0);
  if (at === undefined) return [];
  const start = positions[at] ?? 0;
  const end = (positions[at + run.length - 1] ?? start) + 1;
  return [[start, end]];
}
