/**
 * One guide, crisis first: the title, the one-line summary and "what to do now" fill the first
 * screen; nothing above them changes once shown (the prerendered first screen paints the same top,
 * see scripts/vite-plugin-prerender.ts). Save, read aloud and share are a quiet row after the
 * steps; the research notes and sources are folded away at the end.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { announceScreenReady } from '../../app/prerendered';
import { useGuide } from '../../content/hooks';
import type { Guide, Section } from '../../content/schema';
import { Provenance } from '../../ui/Provenance';
import { Loading } from '../../ui/Loading';
import { SourceList } from '../../ui/SourceList';
import { NotFoundScreen } from '../not-found/NotFoundScreen';
import { askForPersistentStorage } from '../safety/storage';
import { ShareGuideButton } from '../share/ShareGuideButton';
import { BookmarkButton } from './BookmarkButton';
import { JumpLinks, jumpTarget } from './JumpLinks';
import { ReadAloud } from './ReadAloud';
import { RichBlocks } from './RichText';

function GuideSection({ section }: { section: Section }) {
  const { t } = useTranslation();
  const id = jumpTarget(section.key);
  return (
    <section className={`section section-${section.key}`} aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {t(`guide.section.${section.key}`)}
      </h2>
      <RichBlocks blocks={section.blocks} />
    </section>
  );
}

function GuideBody({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const [first, ...rest] = guide.sections.filter((s) => s.key !== 'unclear');
  const unclear = guide.sections.filter((s) => s.key === 'unclear');
  return (
    <article className="guide">
      <h1>{guide.title}</h1>
      <p className="summary">{guide.summary}</p>
      <JumpLinks keys={[...rest.map((s) => s.key), 'sources']} />
      {first && <GuideSection section={first} />}
      <div className="guide-tools">
        <BookmarkButton guideId={guide.id} />
        <ReadAloud guide={guide} />
        <ShareGuideButton guide={guide} />
      </div>
      {rest.map((section) => (
        <GuideSection key={section.key} section={section} />
      ))}
      <footer className="provenance">
        <Provenance written={guide.checkedOn} sources={guide.sources} notAdvice />
        {/* Research notes and sources matter to the careful reader, not in the moment: folded away. */}
        <details className="sources-block">
          <summary id={jumpTarget('sources')} tabIndex={-1}>
            {t('guide.sourcesAndQuestions')}
          </summary>
          {unclear.map((section) => (
            <section key={section.key} aria-labelledby={jumpTarget('unclear')}>
              <h2 id={jumpTarget('unclear')}>{t('guide.section.unclear')}</h2>
              <RichBlocks blocks={section.blocks} />
            </section>
          ))}
          <SourceList sources={guide.sources} />
        </details>
      </footer>
    </article>
  );
}

export function GuideScreen({ id }: { id: string }) {
  const lang = useLang();
  const guide = useGuide(lang, id);
  useEffect(() => {
    void askForPersistentStorage(); // reading a guide is real use: ask the browser to keep our data
  }, []);
  const loaded = guide !== undefined;
  useEffect(() => {
    if (loaded) announceScreenReady();
  }, [loaded]);
  if (guide === undefined) return <Loading />;
  if (guide === null) return <NotFoundScreen />;
  return <GuideBody key={guide.key} guide={guide} />; // a new guide starts with its sources folded
}
