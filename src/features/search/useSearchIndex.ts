/**
 * The search index for the screen, built from what the content reader holds: the guides of all
 * four languages, every contact and every phrase. Rebuilt when a content update changes the
 * database; kept between visits to the screen while the installed content stays the same.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useContentState } from '../../content/ContentProvider';
import type { ContentReader } from '../../content/reader';
import { LANG_CODES } from '../../i18n/languages';
import { phraseEntry, searchDocuments, type SearchContent } from './documents';
import { createSearchIndexInSteps, type SearchIndex } from './searchIndex';

async function readSearchContent(reader: ContentReader): Promise<SearchContent> {
  const [contacts, phrases, guides] = await Promise.all([
    reader.contacts(),
    reader.phrases(),
    Promise.all(LANG_CODES.map((lang) => reader.guides(lang))),
  ]);
  return { contacts, guides: guides.flat(), phrases: phrases.map(phraseEntry) };
}

let built: { hash: string; index: Promise<SearchIndex> } | undefined;

/** The installed pack's hash names the index: the same hash, the same index, and no content read. */
function indexFor(reader: ContentReader, hash: string | undefined): Promise<SearchIndex> {
  if (hash !== undefined && built?.hash === hash) return built.index;
  const index = readSearchContent(reader).then((content) =>
    createSearchIndexInSteps(searchDocuments(content)),
  );
  if (hash !== undefined) built = { hash, index };
  return index;
}

/** undefined until the first index is ready; after an update, the old one until the new one is. */
export function useSearchIndex(): SearchIndex | undefined {
  const state = useContentState();
  const reader = state.status === 'ready' ? state.reader : undefined;
  // Only the pack row is watched: every install rewrites it, so an update is still seen.
  const installed = useLiveQuery(
    async () => (reader ? { hash: (await reader.installedPack())?.hash } : undefined),
    [reader],
  );
  const [index, setIndex] = useState<SearchIndex>();
  useEffect(() => {
    if (!reader || !installed) return;
    let live = true;
    void indexFor(reader, installed.hash).then((ready) => live && setIndex(ready));
    return () => {
      live = false;
    };
  }, [reader, installed]);
  return index;
}
