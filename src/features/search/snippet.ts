/**
 * Snippets as plain parts — `{ text, match }` — that the screen renders with <mark>. Never HTML:
 * content text stays text, so nothing in a guide can become markup.
 */
import type { SearchDocument } from './documents';
import { documentWordKeys, WORD } from './normalize';
import { digitRunRanges } from './phoneDigits';

export interface TextPart {
  text: string;
  match: boolean;
}

export type Range = [start: number, end: number];

/** The words of a text whose search keys are among the matched keys. */
export function matchedWordRanges(text: string, keys: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(WORD)) {
    if (documentWordKeys(m[0]).some((key) => keys.has(key))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

export function toParts(text: string, ranges: readonly Range[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** Characters of context shown before the first match, and the longest snippet. */
const LEAD = 50;
const MAX_LENGTH = 170;

/** A window of a long text around its first match, cut at spaces, with "…" where text was left out. */
export function snippetParts(text: string, ranges: readonly Range[]): TextPart[] {
  const first = Math.min(...ranges.map((r) => r[0]), text.length);
  let start = first === text.length ? 0 : Math.max(0, first - LEAD);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > first) start = first;
  let end = Math.min(text.length, start + MAX_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
  const inside = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s - start, e - start]);
  const parts = toParts(text.slice(start, end), inside);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}

export interface SnippetMatch {
  /** The document's words that matched (search keys). */
  found: readonly string[];
  /** The typed words (search keys). */
  typed: readonly string[];
  /** The typed digits, when the document matched by its phone number. */
  digits?: string;
}

/**
 * Picks the text to show for a result: the phone number that matched; else the first text with a
 * word found as typed (a step that says "Казань" beats one where "указан" was taken for a typo);
 * else the first with any match; else the summary. The search keys of each document's texts are
 * worked out once, the first time it is a result, so picking is a few set lookups.
 */
export function createSnippets() {
  const keysOfTexts = new Map<string, ReadonlySet<string>[]>();
  const textKeys = (doc: SearchDocument, texts: readonly string[]) => {
    let sets = keysOfTexts.get(doc.id);
    if (!sets) {
      sets = texts.map((t) => new Set([...t.matchAll(WORD)].flatMap((m) => documentWordKeys(m[0]))));
      keysOfTexts.set(doc.id, sets);
    }
    return sets;
  };

  return {
    of(doc: SearchDocument, { found, typed, digits }: SnippetMatch): TextPart[] {
      for (const phone of digits ? doc.phones : []) {
        const ranges = digitRunRanges(phone, digits ?? '');
        if (ranges.length) return toParts(phone, ranges);
      }
      const texts = [doc.summary, ...doc.body];
      const sets = textKeys(doc, texts);
      const asTyped = found.filter((key) => typed.some((t) => key.startsWith(t)));
      const holds = (keys: readonly string[]) => sets.findIndex((set) => keys.some((k) => set.has(k)));
      const at = [holds(asTyped), holds(found)].find((i) => i >= 0);
      const text = at === undefined ? doc.summary : (texts[at] ?? '');
      return snippetParts(text, at === undefined ? [] : matchedWordRanges(text, new Set(found)));
    },
  };
}
