/**
 * Every rule an editor can break, each reported with file, field and reason. Rules that need one
 * file at a time run while reading (guides.ts, contacts.ts); this module adds the ones that compare
 * languages, follow links or read the text itself.
 */
import type { Contact, Guide, OfficerCard, Phrase } from '../schema';
import { blocksText, guideLinks, inlineText } from '../plainText';
import { phoneProblems, rightsCitationProblems } from './bodyRules';
import { WRONG_OKINA } from './fields';
import type { GuideFile } from './guides';
import type { Problem } from './problems';

const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem|ipsum|xxx+)\b/i;
/** oʻ/gʻ written with an ASCII apostrophe, a backtick or a typographic quote instead of U+02BB. */
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

export interface CheckOptions {
  /** The day the check runs; checkedOn dates must not be after it. */
  today: string;
}

function isRealPastDate(iso: string, today: string): string | undefined {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return `"${iso}" is not a real date`;
  if (iso > today) return `"${iso}" is in the future`;
  return undefined;
}

export function guideTexts(guide: Guide): string[] {
  return [guide.title, guide.summary, ...guide.sections.flatMap((s) => blocksText(s.blocks))];
}

/** The share of letters in the expected script: a Russian paragraph in the Uzbek file shows up here. */
function scriptProblem(guide: Guide): string | undefined {
  const text = guideTexts(guide).join(' ');
  const cyr = text.match(CYRILLIC)?.length ?? 0;
  const lat = text.match(LATIN)?.length ?? 0;
  const letters = cyr + lat;
  if (letters === 0) return 'has no text';
  const expectCyrillic = guide.lang === 'ru';
  const share = (expectCyrillic ? cyr : lat) / letters;
  if (share < 0.8)
    return `only ${Math.round(share * 100)}% of letters are ${expectCyrillic ? 'Cyrillic' : 'Latin'}: text in the wrong language?`;
  for (const field of [guide.title, guide.summary]) {
    const wrong = expectCyrillic
      ? (field.match(LATIN)?.length ?? 0) > field.length / 2
      : (field.match(CYRILLIC)?.length ?? 0) > 0;
    if (wrong)
      return `title or summary is not in ${expectCyrillic ? 'Cyrillic' : 'Latin'} script: "${field}"`;
  }
  return undefined;
}

function shape(guide: Guide): string {
  return guide.sections
    .map((s) => `${s.key}[${s.blocks.map((b) => (b.t === 'p' ? 'p' : `${b.t}${b.items.length}`)).join(',')}]`)
    .join(' ');
}

function shared(guide: Guide): string {
  const sources = guide.sources.map((s) => `${s.url} ${s.date}`).join(' | ');
  return JSON.stringify([guide.category, guide.order, guide.checkedOn, guide.contacts, sources]);
}

/** What a guide's links may point at besides other guides. */
export interface LinkTargets {
  contacts: readonly Contact[];
  phrases: readonly Phrase[];
  cards: readonly OfficerCard[];
}

export function checkGuides(
  files: readonly GuideFile[],
  { contacts, phrases, cards }: LinkTargets,
  options: CheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  const contactIds = new Set(contacts.map((c) => c.id));
  const guideIds = new Set(files.map((f) => f.id));
  const phraseIds = new Set(phrases.map((p) => p.id));
  const cardIds = new Set<string>(cards.map((c) => c.id));
  for (const { file, guide } of files) {
    if (!guide) continue;
    const dated = guide.sources.some((s) => s.url && s.date !== 'undated');
    if (!dated)
      problems.push({ file, field: 'sources', reason: 'needs at least one source with a URL and a date' });
    const dateProblem = isRealPastDate(guide.checkedOn, options.today);
    if (dateProblem) problems.push({ file, field: 'checkedOn', reason: dateProblem });
    for (const id of guide.contacts) {
      if (!contactIds.has(id))
        problems.push({ file, field: 'contacts', reason: `contact "${id}" does not exist` });
    }
    for (const { href } of guideLinks(guide)) {
      const [scheme, target = ''] = href.split(':');
      if (scheme === 'contact' && !contactIds.has(target))
        problems.push({ file, field: 'body', reason: `links contact "${target}", which does not exist` });
      if (scheme === 'guide' && !guideIds.has(target))
        problems.push({ file, field: 'body', reason: `links guide "${target}", which does not exist` });
      if (scheme === 'phrase' && !phraseIds.has(target))
        problems.push({ file, field: 'body', reason: `links phrase "${target}", which does not exist` });
      if (scheme === 'card' && !cardIds.has(target))
        problems.push({ file, field: 'body', reason: `links card "${target}", which does not exist` });
    }
    const texts = guideTexts(guide);
    for (const text of texts) {
      const placeholder = text.match(PLACEHOLDER);
      if (placeholder)
        problems.push({ file, field: 'text', reason: `placeholder text "${placeholder[0]}" remains` });
      if (text.trim() === '')
        problems.push({ file, field: 'text', reason: 'an empty paragraph or list item' });
    }
    if (guide.lang === 'uz') {
      for (const text of texts) {
        const bad = text.match(WRONG_OKINA);
        if (bad)
          problems.push({
            file,
            field: 'text',
            reason: `"${bad[0]}" must be written with U+02BB (oʻ, gʻ): …${text.slice(Math.max(0, (bad.index ?? 0) - 20), (bad.index ?? 0) + 20)}…`,
          });
      }
    }
    for (const reason of phoneProblems(guide, contacts)) problems.push({ file, field: 'body', reason });
    for (const reason of rightsCitationProblems(guide)) problems.push({ file, field: 'rights', reason });
    const script = scriptProblem(guide);
    if (script) problems.push({ file, field: 'text', reason: script });
  }
  // The languages of one guide must match in shape and in the facts they share.
  const byId = new Map<string, GuideFile[]>();
  for (const f of files) if (f.guide) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  for (const group of byId.values()) {
    const reference = group.find((f) => f.lang === 'en') ?? group[0];
    if (!reference?.guide) continue;
    for (const other of group) {
      if (other === reference || !other.guide) continue;
      if (shape(other.guide) !== shape(reference.guide)) {
        problems.push({
          file: other.file,
          field: 'sections',
          reason: `differs from ${reference.file} in sections or number of steps: ${shape(other.guide)} vs ${shape(reference.guide)}`,
        });
      }
      if (shared(other.guide) !== shared(reference.guide)) {
        problems.push({
          file: other.file,
          field: 'front matter',
          reason: `category, order, checkedOn, contacts or source urls/dates differ from ${reference.file}`,
        });
      }
    }
  }
  return problems;
}

export function checkContacts(contacts: readonly Contact[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const file = 'content/contacts.yaml';
  for (const c of contacts) {
    const dateProblem = isRealPastDate(c.checkedOn, options.today);
    if (dateProblem) problems.push({ file, field: `${c.id}.checkedOn`, reason: dateProblem });
    if (c.sources.length === 0 && c.kind !== 'emergency')
      problems.push({ file, field: `${c.id}.sources`, reason: 'needs at least one source' });
    for (const text of [
      c.name.uz,
      c.city?.uz,
      c.address?.uz,
      c.note?.uz,
      c.risk?.uz,
      ...c.phones.map((p) => p.label.uz),
    ]) {
      if (text && WRONG_OKINA.test(text))
        problems.push({
          file,
          field: `${c.id}.uz`,
          reason: `"${text.match(WRONG_OKINA)?.[0]}" must be written with U+02BB (oʻ, gʻ)`,
        });
      if (text && PLACEHOLDER.test(text))
        problems.push({ file, field: `${c.id}`, reason: 'placeholder text remains' });
    }
    if (
      c.phones.length === 0 &&
      c.shortNumbers.length === 0 &&
      !c.website &&
      !c.email &&
      !c.telegram &&
      !c.address
    ) {
      problems.push({
        file,
        field: c.id,
        reason: 'has no way to reach it (phone, short number, e-mail, website, Telegram or address)',
      });
    }
  }
  return problems;
}

export { inlineText };
