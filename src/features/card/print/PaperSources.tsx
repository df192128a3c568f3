/**
 * The provenance of a printed sheet: how new its sources are and when the text was written (with
 * the app's "may be out of date" rule), then the sources with their dates, small and without
 * addresses (they are in the app), so they fit under the cards.
 */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/LanguageScope';
import { formatSourceDate } from '../../../lib/dates';
import { Provenance } from '../../../ui/Provenance';
import type { Source } from '../../../content/schema';
import type { Provenance as PaperProvenance } from './provenance';

function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

interface Props {
  provenance: PaperProvenance;
  /** A6: each source named by its site, and no "not legal advice" line (there is no room). */
  compact?: boolean;
}

export function PaperSources({ provenance, compact = false }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = (s: Source) => (compact ? siteOf(s.url) : s.title);
  // Undated sources are named together: "the source shows no date" after each cost A6 three lines.
  const dated = provenance.sources.filter((s) => s.date !== 'undated');
  const undated = provenance.sources.filter((s) => s.date === 'undated');
  return (
    <footer className="paper-sources" data-testid="paper-sources">
      <Provenance written={provenance.checkedOn} sources={provenance.sources} notAdvice={!compact} />
      {dated.length > 0 && (
        <p>
          <strong>{t('common.sources')}:</strong>{' '}
          {dated
            .map((s) => `${name(s)} (${t('common.sourceDate', { date: formatSourceDate(s.date, lang) })})`)
            .join('; ')}
        </p>
      )}
      {undated.length > 0 && (
        <p>
          <strong>{t('card.print.undated')}:</strong> {undated.map(name).join('; ')}
        </p>
      )}
    </footer>
  );
}
