/** Save a guide on this phone (a toggle button, so screen readers announce its state). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { isBookmarked, setBookmark } from '../../db/bookmarks';
import { useContentState } from '../../content/ContentProvider';

export function BookmarkButton({ guideId }: { guideId: string }) {
  const { t } = useTranslation();
  const content = useContentState();
  const saved = useLiveQuery(() => isBookmarked(db, guideId).catch(() => false), [guideId]);
  if (content.status !== 'ready' || content.readOnly || saved === undefined) return null;
  return (
    <button
      type="button"
      className="button button-quiet button-small"
      aria-pressed={saved}
      onClick={() => void setBookmark(db, guideId, !saved)}
    >
      {saved ? t('guide.saved') : t('guide.save')}
    </button>
  );
}
