/** One phrase full screen, large, for the officer to read. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import type { Phrase } from '../../content/schema';

export function ShownPhrase({ phrase, onClose }: { phrase: Phrase; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <section className="shown-phrase" aria-label={t('phrases.shownLabel')}>
      <p lang="ru" className="shown-phrase-ru">
        {phrase.text.ru}
      </p>
      {lang !== 'ru' && <p className="shown-phrase-translation">{phrase.text[lang]}</p>}
      <button ref={close} type="button" className="button" onClick={onClose}>
        {t('phrases.close')}
      </button>
    </section>
  );
}
