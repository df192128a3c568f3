/** Where the facts come from: title, address and the source's own date. */
import { useTranslation } from 'react-i18next';
import type { Source } from '../content/schema';
import { useLang } from '../app/LanguageScope';
import { formatSourceDate } from '../lib/dates';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">{t('common.sources')}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.url + s.title}>
            {s.title}
            {' — '}
            <span className="source-date">
              {s.date === 'undated'
                ? t('common.sourceUndated')
                : t('common.sourceDate', { date: formatSourceDate(s.date, lang) })}
            </span>
            <br />
            <a href={s.url} rel="noopener noreferrer" target="_blank" className="source-url">
              {s.url}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
