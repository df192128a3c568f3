/**
 * Read the guide aloud with the phone's voice for its language: play, pause, stop. The button is
 * there from the first moment, whatever the phone has: the voice list loads late on Android, and
 * a note appearing by itself would push the page down under a reader's thumb. Many phones have no
 * Uzbek voice; pressing the button then says so, right here, and offers the Russian version.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Guide } from '../../content/schema';
import { pauseSpeaking, resumeSpeaking, speak, stopSpeaking, useVoice } from '../../ui/speech';
import { guideSpeechText } from './guideSpeech';

const VOICE_LANGUAGE = { uz: 'uz', 'uz-Cyrl': 'uz', ru: 'ru', en: 'en' } as const;

type State = 'stopped' | 'playing' | 'paused' | 'no-voice';

export function ReadAloud({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const voice = useVoice(VOICE_LANGUAGE[guide.lang]);
  const [state, setState] = useState<State>('stopped');
  useEffect(() => stopSpeaking, []); // leaving the guide stops the voice

  const play = () => {
    if (state === 'paused') resumeSpeaking();
    else if (voice)
      speak(
        guideSpeechText(guide, (key) => t(`guide.section.${key}`)),
        voice,
        () => setState('stopped'),
      );
    else return setState('no-voice');
    setState('playing');
  };
  const small = 'button button-quiet button-small';
  return (
    <div className="read-aloud" role="group" aria-label={t('guide.readAloud')}>
      {state === 'playing' ? (
        <button
          type="button"
          className={small}
          onClick={() => {
            pauseSpeaking();
            setState('paused');
          }}
        >
          {t('guide.pause')}
        </button>
      ) : (
        <button
          type="button"
          className={small}
          onClick={play}
          aria-expanded={state === 'no-voice' || undefined}
        >
          {state === 'paused' ? t('guide.resume') : t('guide.play')}
        </button>
      )}
      {(state === 'playing' || state === 'paused') && (
        <button
          type="button"
          className={small}
          onClick={() => {
            stopSpeaking();
            setState('stopped');
          }}
        >
          {t('guide.stop')}
        </button>
      )}
      {state === 'no-voice' && (
        <p className="hint read-aloud-note" role="status">
          {t('guide.noVoice')}{' '}
          {guide.lang !== 'ru' && <Link href={`~/ru/guides/${guide.id}`}>{t('guide.readRussian')}</Link>}
        </p>
      )}
    </div>
  );
}
