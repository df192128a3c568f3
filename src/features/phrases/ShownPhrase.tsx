/**
 * One phrase full screen, large, for the officer to read: #/<lang>/phrases/<id>. It is a screen of
 * its own (a history entry), so the phone's Back button closes it, and it has none of the app's
 * navigation around it — only Close and the quick exit.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { goBack } from '../../app/hashLocation';
import { usePhrases } from '../../content/hooks';
import { Loading } from '../../ui/Loading';
import { NotFoundScreen } from '../not-found/NotFoundScreen';
import { QuickExitButton } from '../safety/QuickExitButton';

export function ShownPhraseScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const phrases = usePhrases();
  const close = useRef<HTMLButtonElement>(null);
  const phrase = phrases?.find((p) => p.id === id);
  useEffect(() => close.current?.focus(), [phrase]);
  if (phrases === undefined) return <Loading />;
  if (!phrase) return <NotFoundScreen />;
  return (
    <div className="fullscreen">
      <div className="fullscreen-bar">
        <button ref={close} type="button" className="button button-quiet" onClick={() => goBack('/phrases')}>
          {t('phrases.close')}
        </button>
        <QuickExitButton />
      </div>
      <main id="main">
        <h1 className="visually-hidden">{t('phrases.title')}</h1>
        <section className="shown-phrase" aria-label={t('phrases.shownLabel')}>
          <p lang="ru" className="shown-phrase-ru">
            {phrase.text.ru}
          </p>
          {lang !== 'ru' && <p className="shown-phrase-translation">{phrase.text[lang]}</p>}
        </section>
      </main>
    </div>
  );
}
