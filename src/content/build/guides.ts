/**
 * Reads the authored guide files (locales/<lang>/guides/<id>.md) and turns each into a Guide row.
 * Validation of single files happens here; rules that compare languages live in check.ts.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { AUTHORED_LANGS, type AuthoredLang } from '../../i18n/languages';
import { CATEGORIES, REQUIRED_SECTIONS, type Guide } from '../schema';
import { DatedSource } from './fields';
import { parseGuideMarkdown } from './markdown';
import type { Problem } from './problems';

const FrontMatterSchema = v.strictObject({
  id: v.string(),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty')),
  summary: v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty')),
  category: v.picklist(CATEGORIES, `must be one of ${CATEGORIES.join(', ')}`),
  order: v.pipe(v.number('must be a number'), v.integer()),
  // YAML reads an unquoted 2026-11-22 as text with the core schema; both spellings are accepted.
  checkedOn: v.pipe(
    v.string('must be a date YYYY-MM-DD'),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  ),
  contacts: v.optional(v.array(v.string()), []),
  sources: v.array(DatedSource),
});

export interface GuideFile {
  file: string;
  lang: AuthoredLang;
  id: string;
  guide?: Guide;
}

export function guidePath(root: string, lang: AuthoredLang, id: string): string {
  return join(root, 'locales', lang, 'guides', `${id}.md`);
}

export function readGuideFile(root: string, lang: AuthoredLang, id: string, problems: Problem[]): GuideFile {
  const path = guidePath(root, lang, id);
  const file = relative(root, path);
  const parsed = parseGuideMarkdown(readFileSync(path, 'utf8'));
  for (const p of parsed.problems) problems.push({ file, ...p });
  const fm = v.safeParse(FrontMatterSchema, parsed.frontMatter);
  if (!fm.success) {
    for (const issue of fm.issues) {
      const field = issue.path?.map((p) => String(p.key)).join('.') || 'front matter';
      problems.push({ file, field, reason: issue.message });
    }
    return { file, lang, id };
  }
  if (fm.output.id !== id)
    problems.push({ file, field: 'id', reason: `"${fm.output.id}" differs from the file name` });
  const keys = parsed.sections.map((s) => s.key);
  for (const required of REQUIRED_SECTIONS) {
    if (!keys.includes(required))
      problems.push({ file, field: 'body', reason: `section "${required}" is missing` });
  }
  const { title, summary, category, order, checkedOn, contacts, sources } = fm.output;
  return {
    file,
    lang,
    id,
    guide: {
      key: `${lang}:${id}`,
      id,
      lang,
      title,
      summary,
      category,
      order,
      checkedOn,
      contacts,
      sources,
      sections: parsed.sections,
    },
  };
}

/**
 * The guide ids are the file names: a new guide is a new file in every authored language, with no
 * code to edit. An id present in one language but not another is reported as missing there.
 */
export function guideIds(root: string): string[] {
  const ids = new Set<string>();
  for (const lang of AUTHORED_LANGS) {
    const dir = join(root, 'locales', lang, 'guides');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (name.endsWith('.md')) ids.add(name.slice(0, -3));
  }
  return [...ids].sort();
}

/** Every guide file of every authored language, plus problems for the ones that are missing. */
export function readAllGuides(root: string, problems: Problem[]): GuideFile[] {
  const files: GuideFile[] = [];
  const ids = guideIds(root);
  for (const lang of AUTHORED_LANGS) {
    for (const id of ids) {
      if (existsSync(guidePath(root, lang, id))) files.push(readGuideFile(root, lang, id, problems));
      else
        problems.push({
          file: relative(root, guidePath(root, lang, id)),
          field: 'file',
          reason: `guide "${id}" is missing in ${lang}`,
        });
    }
  }
  return files;
}
