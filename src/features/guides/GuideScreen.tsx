/** One guide: what to do now first, then rights, what not to do, who helps, and its sources. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { useGuide } from '../../content/hooks';
import { CheckedOn } from '../../ui/CheckedOn';
import { Loading } from '../../ui/Loading';
import { SourceList } from '../../ui/SourceList';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NotFoundScreen } from '../not-found/NotFoundScreen';
import { askForPersistentStorage } from '../safety/storage';
import { BookmarkButton } from './BookmarkButton';
import { ShareGuideButton } from '../share/ShareGuideButton';
import { ReadAloud } from './ReadAloud';
import { RichBlocks } from './RichText';

export function GuideScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const guide = useGuide(lang, id);
  useDocumentTitle(guide?.title);
  useEffect(() => {
    void askForPersistentStorage(); // reading a guide is real use: ask the browser to keep our data
  }, []);
  if (guide === undefined) return <Loading />;
  if (guide === null) return <NotFoundScreen />;
  return (
    <article className="guide">
      <h1>{guide.title}</h1>
      <p className="summary">{guide.summary}</p>
      <div className="guide-tools">
        <BookmarkButton guideId={guide.id} />
        <ReadAloud guide={guide} />
        <ShareGuideButton guide={guide} />
      </div>
      {guide.sections
        .filter((section) => section.key !== 'unclear')
        .map((section) => (
          <section
            key={section.key}
            className={`section section-${section.key}`}
            aria-labelledby={`h-${section.key}`}
          >
            <h2 id={`h-${section.key}`}>{t(`guide.section.${section.key}`)}</h2>
            <RichBlocks blocks={section.blocks} />
          </section>
        ))}
      <footer className="provenance">
        <CheckedOn date={guide.checkedOn} />
        {/* Research notes and sources matter to the careful reader, not in the moment: folded away. */}
        <details className="sources-block">
          <summary>{t('guide.sourcesAndQuestions')}</summary>
          {guide.sections
            .filter((section) => section.key === 'unclear')
            .map((section) => (
              <section key={section.key} aria-labelledby="h-unclear">
                <h2 id="h-unclear">{t('guide.section.unclear')}</h2>
                <RichBlocks blocks={section.blocks} />
              </section>
            ))}
          <SourceList sources={guide.sources} />
        </details>
      </footer>
    </article>
  );
}
