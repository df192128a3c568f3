/**
 * Read the guide aloud with the phone's voice for its language: play, pause, stop. Many phones
 * have no Uzbek voice; then the screen says so and offers the Russian version of the same guide.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Guide } from '../../content/schema';
import { pauseSpeaking, resumeSpeaking, speak, stopSpeaking, useVoice } from '../../ui/speech';
import { guideSpeechText } from './guideSpeech';

const VOICE_LANGUAGE = { uz: 'uz', 'uz-Cyrl': 'uz', ru: 'ru', en: 'en' } as const;

export function ReadAloud({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const voice = useVoice(VOICE_LANGUAGE[guide.lang]);
  const [state, setState] = useState<'stopped' | 'playing' | 'paused'>('stopped');
  useEffect(() => stopSpeaking, []); // leaving the guide stops the voice

  if (voice === undefined) return null;
  if (voice === null) {
    return (
      <p className="hint read-aloud">
        {t('guide.noVoice')}{' '}
        {guide.lang !== 'ru' && <Link href={`~/ru/guides/${guide.id}`}>{t('guide.readRussian')}</Link>}
      </p>
    );
  }
  return (
    <div className="read-aloud" role="group" aria-label={t('guide.readAloud')}>
      {state !== 'playing' ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            if (state === 'paused') resumeSpeaking();
            else
              speak(
                guideSpeechText(guide, (key) => t(`guide.section.${key}`)),
                voice,
                () => setState('stopped'),
              );
            setState('playing');
          }}
        >
          {state === 'paused' ? t('guide.resume') : t('guide.play')}
        </button>
      ) : (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            pauseSpeaking();
            setState('paused');
          }}
        >
          {t('guide.pause')}
        </button>
      )}
      {state !== 'stopped' && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            stopSpeaking();
            setState('stopped');
          }}
        >
          {t('guide.stop')}
        </button>
      )}
    </div>
  );
}
