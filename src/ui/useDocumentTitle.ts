import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<screen> · Hamroh" in the tab and in the screen reader's page announcement. */
export function useDocumentTitle(screenTitle: string | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = screenTitle ? `${screenTitle} · ${appName}` : appName;
  }, [screenTitle, appName]);
}
