/**
 * The topics this person saved, above the full list, so the one they need in a hurry is first.
 * Shows nothing until something is saved: an empty "saved" box only adds noise.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Guide } from '../../content/schema';
import { db } from '../../db';
import { listBookmarks } from '../../db/bookmarks';

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
    <section aria-labelledby="saved-guides">
      <h2 id="saved-guides">{t('guides.savedTitle')}</h2>
      <ul className="link-list">
        {saved.map((g) => (
          <li key={g.id}>
            <Link href={`/guides/${g.id}`} className="link-card">
              <span className="link-card-title">{g.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
