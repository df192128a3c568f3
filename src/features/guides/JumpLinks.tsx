/**
 * "On this page": one tap to each part of a long guide. Buttons, not #anchors — the address's
 * #fragment is the app's route. The prerendered first screen has the same buttons (data-jump),
 * and its first-paint script answers them before the app has loaded.
 */
import { useTranslation } from 'react-i18next';
import type { SectionKey } from '../../content/schema';

/** The id of a guide part's heading; "sources" is the folded sources block. */
export const jumpTarget = (key: SectionKey | 'sources') => `h-${key}`;

export function jumpTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const details = target.closest('details');
  if (details) details.open = true;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

export function JumpLinks({ keys }: { keys: readonly (SectionKey | 'sources')[] }) {
  const { t } = useTranslation();
  return (
    <nav className="jump-links" aria-label={t('guide.jump.label')}>
      {keys.map((key) => (
        <button
          key={key}
          type="button"
          className="jump-link"
          data-jump={jumpTarget(key)}
          onClick={() => jumpTo(jumpTarget(key))}
        >
          {t(`guide.jump.${key}`)}
        </button>
      ))}
    </nav>
  );
}
