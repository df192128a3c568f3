/**
 * The "help right now" content: phrases to show or play to an officer (content/phrases.yaml), the
 * Russian regions each consulate serves (content/regions.yaml) and the officer card
 * (content/card.yaml; its `paper:` part, for the printed sheets, is read by paper.ts). Same rules
 * as guides: every text in every language, Uzbek Cyrillic generated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { SITUATIONS, type OfficerCard, type Phrase, type Region } from '../schema';
import type { ToCyrillic } from './cyrillic';
import { Authored, DatedSource, Text, checkScripts, issueProblems, withCyrillic } from './fields';
import { readPaper } from './paper';
import type { Problem } from './problems';

const RawPhrase = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  situation: v.picklist(SITUATIONS),
  ru: Text,
  uz: Text,
  en: Text,
  basis: v.optional(v.string()),
});

const RawRegion = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^[A-Z0-9-]{2,8}$/, 'must be 2 to 8 capital letters, digits or -')),
  name: Authored,
  federalDistrict: v.string(),
  consulate: v.string(),
  aliases: v.optional(v.array(v.pipe(v.unknown(), v.transform(String))), []),
});

const Basis = v.union([
  v.pipe(
    v.string(),
    v.transform((s) => (s.trim() ? { ru: s, uz: s, en: s } : undefined)),
  ),
  Authored,
]);

const RawCard = v.strictObject({
  title: Authored,
  lines: v.array(
    v.strictObject({
      id: v.string(),
      ru: Text,
      uz: Text,
      en: Text,
      female: v.optional(Authored),
      basis: v.optional(Basis),
    }),
  ),
  sources: v.pipe(v.array(DatedSource), v.minLength(1, 'needs at least one source')),
  checkedOn: v.pipe(
    v.unknown(),
    v.transform(String),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  ),
  paper: v.optional(v.unknown()), // checked by readPaper (paper.ts)
});

function readYaml(root: string, file: string, problems: Problem[]): unknown {
  if (!existsSync(join(root, file))) {
    problems.push({ file, field: 'file', reason: 'is missing' });
    return undefined;
  }
  try {
    return parseYaml(readFileSync(join(root, file), 'utf8'), { schema: 'core' });
  } catch (error) {
    problems.push({ file, field: 'file', reason: `invalid YAML: ${(error as Error).message}` });
    return undefined;
  }
}

function report(file: string, prefix: string, issues: v.BaseIssue<unknown>[], problems: Problem[]): void {
  problems.push(...issueProblems(file, prefix, issues));
}

export function readPhrases(root: string, toCyrillic: ToCyrillic, problems: Problem[]): Phrase[] {
  const file = 'content/phrases.yaml';
  const data = readYaml(root, file, problems);
  if (!Array.isArray(data)) {
    if (data !== undefined) problems.push({ file, field: 'file', reason: 'must be a list' });
    return [];
  }
  const phrases: Phrase[] = [];
  data.forEach((entry: unknown, order) => {
    const parsed = v.safeParse(RawPhrase, entry);
    if (!parsed.success) return report(file, `#${order + 1}`, parsed.issues, problems);
    const p = parsed.output;
    checkScripts(file, p.id, p, problems);
    phrases.push({
      id: p.id,
      order,
      situation: p.situation,
      text: { ru: p.ru, uz: p.uz, 'uz-Cyrl': toCyrillic(p.uz), en: p.en },
      basis: p.basis || undefined,
    });
  });
  if (new Set(phrases.map((p) => p.id)).size !== phrases.length)
    problems.push({ file, field: 'id', reason: 'an id is used twice' });
  return phrases;
}

export function readRegions(
  root: string,
  toCyrillic: ToCyrillic,
  consulateIds: ReadonlySet<string>,
  problems: Problem[],
): Region[] {
  const file = 'content/regions.yaml';
  const data = readYaml(root, file, problems);
  if (!Array.isArray(data)) {
    if (data !== undefined) problems.push({ file, field: 'file', reason: 'must be a list' });
    return [];
  }
  const regions: Region[] = [];
  for (const entry of data) {
    const parsed = v.safeParse(RawRegion, entry);
    if (!parsed.success) {
      report(file, String((entry as { code?: unknown })?.code ?? '?'), parsed.issues, problems);
      continue;
    }
    const r = parsed.output;
    if (!consulateIds.has(r.consulate))
      problems.push({
        file,
        field: `${r.code}.consulate`,
        reason: `"${r.consulate}" is not an embassy or consulate in contacts.yaml`,
      });
    checkScripts(file, `${r.code}.name`, r.name, problems);
    regions.push({
      code: r.code,
      name: { ...r.name, 'uz-Cyrl': toCyrillic(r.name.uz) },
      federalDistrict: r.federalDistrict,
      consulate: r.consulate,
      aliases: r.aliases,
    });
  }
  if (new Set(regions.map((r) => r.code)).size !== regions.length)
    problems.push({ file, field: 'code', reason: 'a code is used twice' });
  return regions;
}

export function readOfficerCard(root: string, toCyrillic: ToCyrillic, problems: Problem[]): OfficerCard[] {
  const file = 'content/card.yaml';
  const data = readYaml(root, file, problems);
  if (data === undefined) return [];
  const parsed = v.safeParse(RawCard, data);
  if (!parsed.success) {
    report(file, '', parsed.issues, problems);
    return [];
  }
  const c = parsed.output;
  const localize = withCyrillic(toCyrillic);
  checkScripts(file, 'title', c.title, problems);
  for (const line of c.lines) {
    checkScripts(file, line.id, line, problems);
    if (line.female) checkScripts(file, `${line.id}.female`, line.female, problems);
  }
  return [
    {
      id: 'officer',
      title: localize(c.title),
      lines: c.lines.map((l) => ({
        id: l.id,
        text: localize(l),
        ...(l.female ? { female: localize(l.female) } : {}),
        basis: l.basis ? localize(l.basis) : undefined,
      })),
      checkedOn: c.checkedOn,
      sources: c.sources,
      paper: readPaper(c.paper, toCyrillic, problems),
    },
  ];
}
