/**
 * The first screen after the language choice: what is happening now, as large buttons, from the
 * top of the screen. The officer card comes second (the most common moment: a check in the street).
 * Wording here stays neutral: an officer may look at this screen.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { announceScreenReady } from '../../app/prerendered';
import { useGuides } from '../../content/hooks';
import { languageInfo } from '../../i18n/languages';
import { Loading } from '../../ui/Loading';
import { homeActions } from './homeActions';

export function HomeScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const guides = useGuides(lang);
  const urgent = guides?.filter((g) => g.category === 'urgent');
  // Some readers have topics of their own on the home (Russian readers: citizens of Russia in Uzbekistan).
  const extra: readonly string[] = languageInfo(lang).homeCategories;
  const forReaders = guides?.filter((g) => extra.includes(g.category));
  const loaded = urgent !== undefined;
  useEffect(() => {
    if (loaded) announceScreenReady();
  }, [loaded]);
  return (
    <>
      <h1 className="home-title" id="urgent-heading">
        {t('home.urgent')}
      </h1>
      {urgent === undefined ? (
        <Loading />
      ) : (
        <ul className="action-list" aria-labelledby="urgent-heading">
          {homeActions(urgent).map((a) => (
            <li key={a.href}>
              <Link href={a.href} className={a.className}>
                {'title' in a ? a.title : t(a.label)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {forReaders && forReaders.length > 0 && (
        <ul className="link-list home-for-readers">
          {forReaders.map((g) => (
            <li key={g.id}>
              <Link href={`/guides/${g.id}`} className="link-card">
                <span className="link-card-title">{g.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
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
