/**
 * The provenance line of a printed sheet: when it was checked and the sources with their dates,
 * small and without addresses (they are in the app), so they fit under the cards. `compact` (for
 * A6) names each source by its site instead of its title.
 */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/LanguageScope';
import { formatSourceDate } from '../../../lib/dates';
import { CheckedOn } from '../../../ui/CheckedOn';
import type { Provenance } from './provenance';

function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export function PaperSources({ provenance, compact = false }: { provenance: Provenance; compact?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <footer className="paper-sources" data-testid="paper-sources">
      <CheckedOn date={provenance.checkedOn} />
      <p>
        <strong>{t('common.sources')}:</strong>{' '}
        {provenance.sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 && '; '}
            {compact ? siteOf(s.url) : s.title} (
            {s.date === 'undated'
              ? t('common.sourceUndated')
              : t('common.sourceDate', { date: formatSourceDate(s.date, lang) })}
            )
          </span>
        ))}
      </p>
    </footer>
  );
}
