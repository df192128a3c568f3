/**
 * The officer card: full screen, high contrast, large Russian text addressed to the officer, the
 * same text below in the reader's language, and the personal details the reader chose to fill in.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { useOfficerCard } from '../../content/hooks';
import { CheckedOn } from '../../ui/CheckedOn';
import { Loading } from '../../ui/Loading';
import { SourceList } from '../../ui/SourceList';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { QuickExitButton } from '../safety/QuickExitButton';
import { usePersonalCard } from '../settings/usePersonalCard';
import { OFFICER_LABELS } from './officerLabels';
import { useWakeLock } from './useWakeLock';

export function CardScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const card = useOfficerCard();
  const personal = usePersonalCard();
  useWakeLock();
  useDocumentTitle(t('card.title'));
  const details = OFFICER_LABELS.flatMap(([key, label]) => {
    const value = personal?.[key];
    return value ? [[label, value] as const] : [];
  });
  return (
    <div className="card-screen">
      <header className="card-bar">
        <Link href="/" className="button button-quiet">
          {t('card.close')}
        </Link>
        <QuickExitButton />
      </header>
      <main id="main">
        {card === undefined ? (
          <Loading />
        ) : card === null ? (
          <p>{t('card.missing')}</p>
        ) : (
          <>
            <article lang="ru" className="card-officer">
              <h1>{card.title.ru}</h1>
              <ul>
                {card.lines.map((line) => (
                  <li key={line.id}>
                    {line.text.ru}
                    {line.basis && <span className="card-basis"> ({line.basis.ru})</span>}
                  </li>
                ))}
              </ul>
              {details.length > 0 && (
                <dl className="card-details" data-testid="card-details">
                  {details.map(([label, value]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </article>
            {lang !== 'ru' && (
              <section className="card-translation" aria-labelledby="card-translation">
                <h2 id="card-translation">{card.title[lang]}</h2>
                <ul>
                  {card.lines.map((line) => (
                    <li key={line.id}>{line.text[lang]}</li>
                  ))}
                </ul>
              </section>
            )}
            <footer className="provenance">
              <CheckedOn date={card.checkedOn} />
              <SourceList sources={card.sources} />
            </footer>
          </>
        )}
      </main>
    </div>
  );
}
