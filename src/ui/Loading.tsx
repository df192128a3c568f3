import { useTranslation } from 'react-i18next';

/** "Not loaded yet", shown instead of an empty list or a false "not found". */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
