/**
 * The topics this person saved, above the full list, so the one they need in a hurry is first.
 * Shows nothing until something is saved: an empty "saved" box only adds noise.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../content/schema';
import { db } from '../../db';
import { listBookmarks } from '../../db/bookmarks';
import { LinkCardSection } from '../../ui/LinkCardSection';

type GuideSummary = Pick<Guide, 'id' | 'title'>;

export function SavedGuides({ guides }: { guides: readonly GuideSummary[] }) {
  const { t } = useTranslation();
  // A broken database reads as "nothing saved": the full list below still works.
  const savedIds = useLiveQuery(() => listBookmarks(db).catch(() => [] as string[]), []);
  const saved = (savedIds ?? [])
    .map((id) => guides.find((g) => g.id === id))
    .filter((g): g is GuideSummary => g !== undefined);
  if (saved.length === 0) return null;
  return (
    <LinkCardSection
      id="saved-guides"
      heading={t('guides.savedTitle')}
      cards={saved.map((g) => ({ href: `/guides/${g.id}`, title: g.title }))}
    />
  );
}
