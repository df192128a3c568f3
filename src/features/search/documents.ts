/**
 * Guides, contacts and phrases as search documents: one document per item and language, with the
 * plain text a person might type a word of. Phone numbers are kept apart: they are found by runs
 * of their digits, not by words.
 */
import { blocksText } from '../../content/plainText';
import type { Contact, Guide, Phrase } from '../../content/schema';
import { LANG_CODES, type Lang } from '../../i18n/languages';

export type SearchKind = 'guide' | 'contact' | 'phrase';

export interface SearchDocument {
  /** Unique in the index: kind, language and the item's own id. */
  id: string;
  kind: SearchKind;
  /** The guide, contact or phrase id, the same in every language. */
  target: string;
  lang: Lang;
  title: string;
  summary: string;
  /** Steps and paragraphs, one string each: a snippet shows the one that matched. */
  body: readonly string[];
  /** Phone numbers as shown on screen; searchable by any run of their digits. */
  phones: readonly string[];
}

/**
 * A phrase to show someone in Russian, with its translations in any of the languages. Its
 * document in a language has the translation as title and the Russian text as summary.
 */
export type PhraseEntry = { id: string; ru: string } & Partial<Record<Lang, string>>;

export const phraseEntry = (phrase: Phrase): PhraseEntry => ({ ...phrase.text, id: phrase.id });

export const documentId = (kind: SearchKind, lang: Lang, target: string) => `${kind}:${lang}:${target}`;

export function guideDocument(guide: Guide): SearchDocument {
  return {
    id: documentId('guide', guide.lang, guide.id),
    kind: 'guide',
    target: guide.id,
    lang: guide.lang,
    title: guide.title,
    summary: guide.summary,
    body: guide.sections.flatMap((s) => blocksText(s.blocks)),
    phones: [],
  };
}

/** One document per language: names, cities and notes are written in each. */
export function contactDocuments(contact: Contact): SearchDocument[] {
  const phones = [...contact.phones.map((p) => p.display), ...contact.shortNumbers.map((s) => s.number)];
  return LANG_CODES.map((lang) => ({
    id: documentId('contact', lang, contact.id),
    kind: 'contact',
    target: contact.id,
    lang,
    title: contact.name[lang],
    summary: contact.city?.[lang] ?? '',
    body: [contact.note?.[lang], contact.address?.[lang]].filter((t): t is string => Boolean(t)),
    phones,
  }));
}

export function phraseDocuments(phrase: PhraseEntry): SearchDocument[] {
  return LANG_CODES.flatMap((lang) => {
    const text = phrase[lang];
    if (!text) return [];
    return [
      {
        id: documentId('phrase', lang, phrase.id),
        kind: 'phrase',
        target: phrase.id,
        lang,
        title: text,
        summary: lang === 'ru' ? '' : phrase.ru,
        body: [],
        phones: [],
      },
    ];
  });
}

export interface SearchContent {
  guides: readonly Guide[];
  contacts: readonly Contact[];
  phrases?: readonly PhraseEntry[];
}

export function searchDocuments({ guides, contacts, phrases = [] }: SearchContent): SearchDocument[] {
  return [
    ...guides.map(guideDocument),
    ...contacts.flatMap(contactDocuments),
    ...phrases.flatMap(phraseDocuments),
  ];
}
