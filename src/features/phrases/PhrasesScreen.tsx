/**
 * Short Russian phrases for a check, a detention and pressure to sign: each with its translation,
 * a full-screen "show" mode and "say aloud" with the phone's Russian voice.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { usePhrases } from '../../content/hooks';
import { SITUATIONS } from '../../content/constants';
import { Loading } from '../../ui/Loading';
import { navigateHash } from '../../app/hashLocation';
import { speak, stopSpeaking, useVoice } from '../../ui/speech';

export function PhrasesScreen() {
  useEffect(() => stopSpeaking, []); // leaving the screen stops the voice
  const { t } = useTranslation();
  const lang = useLang();
  const phrases = usePhrases();
  const voice = useVoice('ru');
  // Showing a phrase is a screen of its own, so the phone's Back button closes it.
  const show = (id: string) => navigateHash(`/${lang}/phrases/${id}`);

  return (
    <>
      <h1>{t('phrases.title')}</h1>
      <p className="summary">{t('phrases.intro')}</p>
      {voice === null && <p className="notice">{t('phrases.noVoice')}</p>}
      {phrases === undefined ? (
        <Loading />
      ) : (
        SITUATIONS.map((situation) => (
          <section key={situation} aria-labelledby={`sit-${situation}`}>
            <h2 id={`sit-${situation}`}>{t(`phrases.situation.${situation}`)}</h2>
            <ul className="phrase-list">
              {phrases
                .filter((p) => p.situation === situation)
                .map((phrase) => (
                  <li key={phrase.id} className="phrase">
                    <p lang="ru" className="phrase-ru">
                      {phrase.text.ru}
                    </p>
                    {lang !== 'ru' && <p className="phrase-translation">{phrase.text[lang]}</p>}
                    <div className="phrase-actions">
                      <button type="button" className="button" onClick={() => show(phrase.id)}>
                        {t('phrases.show')}
                      </button>
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => (voice ? speak(phrase.text.ru, voice) : show(phrase.id))}
                      >
                        {voice === null ? t('phrases.noVoiceShow') : t('phrases.say')}
                      </button>
                    </div>
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
