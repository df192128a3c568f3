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

interface InstalledContent extends SearchContent {
  /** The installed pack's hash: the same hash, the same index. */
  hash: string | undefined;
}

export async function readSearchContent(reader: ContentReader): Promise<InstalledContent> {
  const [pack, contacts, phrases, guides] = await Promise.all([
    reader.installedPack(),
    reader.contacts(),
    reader.phrases(),
    Promise.all(LANG_CODES.map((lang) => reader.guides(lang))),
  ]);
  return { hash: pack?.hash, contacts, guides: guides.flat(), phrases: phrases.map(phraseEntry) };
}

let built: { hash: string; index: Promise<SearchIndex> } | undefined;

function indexOf(content: InstalledContent): Promise<SearchIndex> {
  if (content.hash !== undefined && built?.hash === content.hash) return built.index;
  const index = createSearchIndexInSteps(searchDocuments(content));
  if (content.hash !== undefined) built = { hash: content.hash, index };
  return index;
}

/** undefined until the first index is ready; after an update, the old one until the new one is. */
export function useSearchIndex(): SearchIndex | undefined {
  const state = useContentState();
  const reader = state.status === 'ready' ? state.reader : undefined;
  const content = useLiveQuery(() => (reader ? readSearchContent(reader) : undefined), [reader]);
  const [index, setIndex] = useState<SearchIndex>();
  useEffect(() => {
    if (!content) return;
    let live = true;
    void indexOf(content).then((ready) => live && setIndex(ready));
    return () => {
      live = false;
    };
  }, [content]);
  return index;
}
