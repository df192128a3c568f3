/**
 * The officer card: full screen, high contrast. The first screen (360×740) holds what the officer
 * must read — the Russian heading, the key points with their legal basis, and the person's saved
 * details; the translation for the reader and the sources follow below. Close goes back to where
 * the person came from; Exit (the quick exit) looks like nothing else on the screen.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { goBack } from '../../app/hashLocation';
import { useOfficerCard } from '../../content/hooks';
import { Provenance } from '../../ui/Provenance';
import { Loading } from '../../ui/Loading';
import { SourceList } from '../../ui/SourceList';
import { QuickExitButton } from '../safety/QuickExitButton';
import { usePersonalCard } from '../settings/usePersonalCard';
import { OFFICER_LABELS } from './officerLabels';
import { lineText, wantsFemaleForm } from './print/lineText';
import { useWakeLock } from './useWakeLock';

export function CardScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const card = useOfficerCard();
  const personal = usePersonalCard();
  useWakeLock();
  const female = wantsFemaleForm(personal);
  const details = OFFICER_LABELS.flatMap(([key, label]) => {
    const value = personal?.[key];
    return value ? [[label, value] as const] : [];
  });
  return (
    <div className="card-screen">
      <header className="card-bar">
        <button type="button" className="button button-quiet card-close" onClick={() => goBack('/')}>
          {t('card.close')}
        </button>
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
                  <li key={line.id} data-line={line.id}>
                    {lineText(line, 'ru', female)}
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
                    <li key={line.id}>{lineText(line, lang, female)}</li>
                  ))}
                </ul>
              </section>
            )}
            <p>
              <Link href="/card/print">{t('card.print.title')}</Link>
            </p>
            <footer className="provenance">
              <Provenance written={card.checkedOn} sources={card.sources} notAdvice />
              <details className="sources-block">
                <summary>{t('common.sources')}</summary>
                <SourceList sources={card.sources} />
              </details>
            </footer>
          </>
        )}
      </main>
    </div>
  );
}
