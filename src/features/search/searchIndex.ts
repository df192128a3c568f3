/**
 * The search index (MiniSearch) over every guide, contact and phrase in all four languages.
 *
 * Order of results: phone-number matches first, then items where every typed word was found
 * (whole or as the start of a word), then items found only by typo tolerance. Within each, the
 * language on screen comes first, then other languages, marked. Each item appears once, in the
 * language on screen when it matched there.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Lang } from '../../i18n/languages';
import type { SearchDocument, SearchKind } from './documents';
import { documentTerms, foldTerms } from './normalize';
import { phoneIndexTerms, phoneQueryDigits } from './phoneDigits';
import { createSnippets, matchedWordRanges, toParts, type TextPart } from './snippet';

export interface SearchHit {
  kind: SearchKind;
  target: string;
  /** The language the match was found in. */
  lang: Lang;
  /** Found only in another language than the one on screen. */
  otherLanguage: boolean;
  title: TextPart[];
  snippet: TextPart[];
}

export interface SearchIndex {
  readonly documentCount: number;
  search(query: string, lang: Lang, limit?: number): SearchHit[];
}

/**
 * The item's id is searched too: editors name every guide and contact in plain English
 * ("detention", "embassy-moscow"), so it says what the item is about even where the text uses
 * another form of the word ("Detained by the police").
 */
const TEXT_FIELDS = ['title', 'target', 'summary', 'body'];
const BOOST = { title: 4, target: 3, summary: 2, body: 1 };
const PHONE = 0;
const ALL_WORDS = 1;
const TYPO = 2;

interface Candidate {
  doc: SearchDocument;
  tier: number;
  score: number;
  terms: string[];
}

/** MiniSearch reads the document id and every indexed field through this. */
function extractField(doc: SearchDocument, field: string): string {
  switch (field) {
    case 'id':
      return doc.id;
    case 'target':
      return doc.target;
    case 'title':
      return doc.title;
    case 'summary':
      return doc.summary;
    case 'body':
      return doc.body.join('\n');
    default:
      return doc.phones.join('\n');
  }
}

const isNumber = (term: string) => /^\d+$/.test(term);
/**
 * A typed word also finds the words it starts, once it has three letters: two letters start
 * hundreds of words (slow, and no help). Numbers match whole: "202" is not the start of "2025".
 */
const asPrefix = (term: string) => term.length >= 3 && !isNumber(term);
/** One edit is a typo in a word of four letters, two in a long word; shorter words must be exact. */
const typoDistance = (term: string) =>
  isNumber(term) ? false : term.length >= 8 ? 2 : term.length >= 4 ? 1 : false;

const foundWithoutTypos = (typed: readonly string[], result: SearchResult) =>
  typed.every((t) => result.terms.some((found: string) => found.startsWith(t)));

function emptyIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: [...TEXT_FIELDS, 'phones'],
    extractField,
    tokenize: (text, field) => (field === 'phones' ? phoneIndexTerms(text.split('\n')) : documentTerms(text)),
    processTerm: (term) => term, // terms come out of the tokenizer already folded
    searchOptions: { tokenize: (query) => query.split(' ').filter(Boolean), processTerm: (term) => term },
  });
}

function searchOver(index: MiniSearch<SearchDocument>, documents: readonly SearchDocument[]): SearchIndex {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const snippets = createSnippets();

  function textResults(terms: string[]): SearchResult[] {
    const options = { fields: TEXT_FIELDS, boost: BOOST, prefix: asPrefix, fuzzy: typoDistance };
    const all = index.search(terms.join(' '), { ...options, combineWith: 'AND' });
    // Several words of which one is not in any text: show what the others find.
    return all.length || terms.length === 1 ? all : index.search(terms.join(' '), options);
  }

  function candidates(digits: string | undefined, terms: string[]): Candidate[] {
    const found: Candidate[] = [];
    const add = (r: SearchResult, tier: number) => {
      const doc = byId.get(String(r.id));
      if (doc) found.push({ doc, tier, score: r.score, terms: r.terms });
    };
    if (digits) for (const r of index.search(digits, { fields: ['phones'], prefix: true })) add(r, PHONE);
    if (terms.length)
      for (const r of textResults(terms)) add(r, foundWithoutTypos(terms, r) ? ALL_WORDS : TYPO);
    return found;
  }

  return {
    documentCount: documents.length,
    search(query, lang, limit = 50) {
      const onScreen = (c: Candidate) => (c.doc.lang === lang ? 0 : 1);
      const order = (a: Candidate, b: Candidate) =>
        a.tier - b.tier || onScreen(a) - onScreen(b) || b.score - a.score;
      const digits = phoneQueryDigits(query);
      // One letter would match half the corpus; a word needs two.
      const terms = foldTerms(query).filter((t) => t.length >= 2);
      const best = new Map<string, Candidate>();
      for (const c of candidates(digits, terms)) {
        const key = `${c.doc.kind}:${c.doc.target}`;
        const held = best.get(key);
        if (!held || order(c, held) < 0) best.set(key, c);
      }
      return [...best.values()]
        .sort(order)
        .slice(0, limit)
        .map((c) => ({
          kind: c.doc.kind,
          target: c.doc.target,
          lang: c.doc.lang,
          otherLanguage: c.doc.lang !== lang,
          title: toParts(c.doc.title, matchedWordRanges(c.doc.title, new Set(c.terms))),
          snippet: snippets.of(c.doc, {
            found: c.terms,
            typed: terms,
            digits: c.tier === PHONE ? digits : undefined,
          }),
        }));
    },
  };
}

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const index = emptyIndex();
  index.addAll(documents);
  return searchOver(index, documents);
}

/**
 * The same index, built a few documents at a time with pauses between, so a cheap phone keeps
 * answering taps and key presses while it indexes.
 */
export async function createSearchIndexInSteps(documents: readonly SearchDocument[]): Promise<SearchIndex> {
  const index = emptyIndex();
  await index.addAllAsync(documents, { chunkSize: 16 });
  return searchOver(index, documents);
}
