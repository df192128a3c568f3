/** All guides, grouped by category, urgent ones first. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { useGuides } from '../../content/hooks';
import { CATEGORIES } from '../../content/constants';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { SavedGuides } from './SavedGuides';

export function GuideListScreen() {
  const { t } = useTranslation();
  const guides = useGuides(useLang());
  useDocumentTitle(t('guides.title'));
  return (
    <>
      <h1>{t('guides.title')}</h1>
      {guides === undefined ? (
        <Loading />
      ) : (
        <>
          <SavedGuides guides={guides} />
          {CATEGORIES.map((category) => {
            const inCategory = guides.filter((g) => g.category === category);
            if (inCategory.length === 0) return null;
            return (
              <section key={category} aria-labelledby={`cat-${category}`}>
                <h2 id={`cat-${category}`}>{t(`guides.category.${category}`)}</h2>
                <ul className="link-list">
                  {inCategory.map((g) => (
                    <li key={g.id}>
                      <Link href={`/guides/${g.id}`} className="link-card">
                        <span className="link-card-title">{g.title}</span>
                        <span className="link-card-text">{g.summary}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
