/**
 * Pieces every content file's schema shares: a non-empty text, a text in the three authored
 * languages, a dated source as YAML writes it, the apostrophe check for Uzbek, and schema issues
 * turned into problems an editor can act on.
 */
import * as v from 'valibot';
import { SourceSchema } from '../schema';
import type { ToCyrillic } from './cyrillic';
import type { Problem } from './problems';

export const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'));
export const Authored = v.strictObject({ en: Text, ru: Text, uz: Text });
export type AuthoredText = v.InferOutput<typeof Authored>;

const SOURCE_DATE_RULE = 'needs a date: YYYY, YYYY-MM, YYYY-MM-DD, or "undated" when the source shows none';
const SOURCE_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;

/**
 * YAML reads `date: 2025` as a number: the source date is taken as text, then checked. A source
 * without a date field is refused with a message that says what to write (not valibot's "invalid
 * key"): "undated" is written on purpose, so a forgotten date never passes as an undated source.
 */
export const DatedSource = v.pipe(
  v.object({ ...SourceSchema.entries, date: v.optional(v.union([v.string(), v.number()])) }),
  v.forward(
    v.check((source) => source.date !== undefined && source.date !== '', SOURCE_DATE_RULE),
    ['date'],
  ),
  v.transform((source) => ({ ...source, date: String(source.date) })),
  v.forward(
    v.check((source) => SOURCE_DATE.test(source.date), SOURCE_DATE_RULE),
    ['date'],
  ),
);

/** oʻ and gʻ written with an apostrophe or quote instead of U+02BB. */
export const WRONG_OKINA = /[oOgG]['`‘’]/;

/** The three authored texts (and nothing else of `text`) plus Uzbek Cyrillic made from the Uzbek Latin. */
export const withCyrillic =
  (toCyrillic: ToCyrillic) =>
  (text: AuthoredText): AuthoredText & { 'uz-Cyrl': string } => ({
    en: text.en,
    ru: text.ru,
    uz: text.uz,
    'uz-Cyrl': toCyrillic(text.uz),
  });

/** Schema issues as problems, each field named `<prefix>.<path>`. */
export function issueProblems(
  file: string,
  prefix: string,
  issues: readonly v.BaseIssue<unknown>[],
): Problem[] {
  return issues.map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { file, field: [prefix, path].filter(Boolean).join('.'), reason: issue.message };
  });
}

/** Uzbek Latin has no Cyrillic letters and writes oʻ gʻ with U+02BB; Russian is in Cyrillic. */
export function checkScripts(
  file: string,
  field: string,
  text: { ru: string; uz: string },
  problems: Problem[],
): void {
  if (WRONG_OKINA.test(text.uz))
    problems.push({ file, field: `${field}.uz`, reason: 'oʻ/gʻ must be written with U+02BB' });
  if (/\p{Script=Cyrillic}/u.test(text.uz))
    problems.push({ file, field: `${field}.uz`, reason: 'Uzbek Latin text contains Cyrillic letters' });
  if (!/\p{Script=Cyrillic}/u.test(text.ru))
    problems.push({ file, field: `${field}.ru`, reason: 'Russian text has no Cyrillic letters' });
}
