/** The quick-exit button on every screen, and the Escape key that does the same. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { quickExit } from './quickExit';

export function QuickExitButton() {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') quickExit();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  return (
    <button type="button" className="quick-exit" onClick={quickExit}>
      {t('safety.exit')}
    </button>
  );
}
