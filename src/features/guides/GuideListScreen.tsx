/** All guides, grouped by category, urgent ones first. */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { useGuides } from '../../content/hooks';
import { CATEGORIES } from '../../content/constants';
import { LinkCardSection } from '../../ui/LinkCardSection';
import { Loading } from '../../ui/Loading';
import { SavedGuides } from './SavedGuides';

export function GuideListScreen() {
  const { t } = useTranslation();
  const guides = useGuides(useLang());
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
              <LinkCardSection
                key={category}
                id={`cat-${category}`}
                heading={t(`guides.category.${category}`)}
                cards={inCategory.map((g) => ({ href: `/guides/${g.id}`, title: g.title, text: g.summary }))}
              />
            );
          })}
        </>
      )}
    </>
  );
}
