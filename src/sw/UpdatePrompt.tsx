/** "A new version is ready — update": shown until accepted or put off; never reloads on its own. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppUpdate } from './useAppUpdate';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { ready, apply } = useAppUpdate();
  const [later, setLater] = useState(false);
  if (!ready || later) return null;
  return (
    <div className="update-prompt" role="alert">
      <p>{t('update.ready')}</p>
      <div className="update-actions">
        <button type="button" className="button" onClick={apply}>
          {t('update.apply')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setLater(true)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
