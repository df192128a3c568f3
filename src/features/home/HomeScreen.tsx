/**
 * The first screen after the language choice. The urgent topics come first as large buttons.
 * Wording here stays neutral: an officer may look at this screen.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { announceScreenReady } from '../../app/prerendered';
import { useGuides } from '../../content/hooks';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

export function HomeScreen() {
  const { t } = useTranslation();
  const guides = useGuides(useLang());
  useDocumentTitle(undefined);
  const urgent = guides?.filter((g) => g.category === 'urgent');
  const loaded = urgent !== undefined;
  useEffect(() => {
    if (loaded) announceScreenReady();
  }, [loaded]);
  return (
    <>
      <h1 className="home-title">{t('home.title')}</h1>
      <p className="summary">{t('home.intro')}</p>
      <section aria-labelledby="urgent-heading">
        <h2 id="urgent-heading">{t('home.urgent')}</h2>
        {urgent === undefined ? (
          <Loading />
        ) : (
          <ul className="action-list">
            {urgent.map((g) => (
              <li key={g.id}>
                <Link href={`/guides/${g.id}`} className="action">
                  {g.title}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/contacts" className="action action-call">
                {t('home.callForHelp')}
              </Link>
            </li>
            <li>
              <Link href="/card" className="action action-card">
                {t('home.card')}
              </Link>
            </li>
            <li>
              <Link href="/phrases" className="action">
                {t('home.phrases')}
              </Link>
            </li>
            <li>
              <Link href="/emergency" className="action action-call">
                {t('home.emergency')}
              </Link>
            </li>
          </ul>
        )}
      </section>
      <p>
        <Link href="/guides" className="button">
          {t('home.allGuides')}
        </Link>
      </p>
      <p className="footer-links">
        <Link href="/share">{t('nav.share')}</Link> · <Link href="/about">{t('nav.about')}</Link>
      </p>
    </>
  );
}
