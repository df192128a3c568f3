/**
 * The `paper:` part of content/card.yaml: what only the printed sheets need (the wallet card sheet
 * and the leaflet). Optional in the file and in the pack: without it the sheets print the card and
 * the numbers only. Same rules as the card: every text in every language, Uzbek Cyrillic generated,
 * its own sources and date.
 */
import * as v from 'valibot';
import type { Paper } from '../schema';
import type { ToCyrillic } from './cyrillic';
import { Authored, DatedSource, Text, checkScripts, issueProblems, withCyrillic } from './fields';
import type { Problem } from './problems';

const FILE = 'content/card.yaml';
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const RawPaper = v.strictObject({
  callCentre: Authored,
  cutAndFold: Authored,
  rightsTitle: Authored,
  rights: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.regex(ID, 'must be lowercase letters, digits and -')),
        ru: Text,
        uz: Text,
        en: Text,
        basis: v.optional(Authored),
      }),
    ),
    v.minLength(1, 'needs at least one line'),
  ),
  sources: v.pipe(v.array(DatedSource), v.minLength(1, 'needs at least one source')),
  checkedOn: v.pipe(
    v.unknown(),
    v.transform(String),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  ),
});

/** Parses the card file's `paper:` value (undefined when the file has none). */
export function readPaper(raw: unknown, toCyrillic: ToCyrillic, problems: Problem[]): Paper | undefined {
  if (raw === undefined) return undefined;
  const parsed = v.safeParse(RawPaper, raw);
  if (!parsed.success) {
    problems.push(...issueProblems(FILE, 'paper', parsed.issues));
    return undefined;
  }
  const p = parsed.output;
  const localize = withCyrillic(toCyrillic);
  checkScripts(FILE, 'paper.callCentre', p.callCentre, problems);
  checkScripts(FILE, 'paper.cutAndFold', p.cutAndFold, problems);
  checkScripts(FILE, 'paper.rightsTitle', p.rightsTitle, problems);
  for (const line of p.rights) checkScripts(FILE, `paper.rights.${line.id}`, line, problems);
  if (new Set(p.rights.map((r) => r.id)).size !== p.rights.length)
    problems.push({ file: FILE, field: 'paper.rights', reason: 'an id is used twice' });
  return {
    callCentre: localize(p.callCentre),
    cutAndFold: localize(p.cutAndFold),
    rightsTitle: localize(p.rightsTitle),
    rights: p.rights.map((r) => ({
      id: r.id,
      text: localize(r),
      basis: r.basis ? localize(r.basis) : undefined,
    })),
    checkedOn: p.checkedOn,
    sources: p.sources,
  };
}
