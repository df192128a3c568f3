/**
 * Content hooks for screens. They re-render when the database changes (useLiveQuery), and they
 * keep "not loaded yet" (undefined) apart from "not there" (null) so a screen never flashes
 * "not found" while content is still loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Lang } from '../i18n/languages';
import { useContentState } from './ContentProvider';
import type { ContentReader } from './reader';

type Loaded<T> = T | undefined;

function useReaderQuery<T>(query: (reader: ContentReader) => Promise<T>, deps: unknown[]): Loaded<T> {
  const state = useContentState();
  const reader = state.status === 'ready' ? state.reader : undefined;
  return useLiveQuery(() => (reader ? query(reader) : undefined), [reader, ...deps]);
}

export const useGuides = (lang: Lang) => useReaderQuery((r) => r.guides(lang), [lang]);
export const useGuide = (lang: Lang, id: string) =>
  useReaderQuery(async (r) => (await r.guide(lang, id)) ?? null, [lang, id]);
export const useContacts = () => useReaderQuery((r) => r.contacts(), []);
export const useContact = (id: string) => useReaderQuery(async (r) => (await r.contact(id)) ?? null, [id]);
export const useInstalledPack = () => useReaderQuery(async (r) => (await r.installedPack()) ?? null, []);
export const usePhrases = () => useReaderQuery((r) => r.phrases(), []);
export const useRegions = () => useReaderQuery((r) => r.regions(), []);
export const useOfficerCard = () => useReaderQuery(async (r) => (await r.officerCard()) ?? null, []);
