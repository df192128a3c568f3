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

/** YAML reads `date: 2025` as a number: the source date is taken as text, then checked. */
export const DatedSource = v.object({
  ...SourceSchema.entries,
  date: v.pipe(v.unknown(), v.transform(String), SourceSchema.entries.date),
});

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
