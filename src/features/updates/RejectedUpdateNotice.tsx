/**
 * Tells the person that the last online update was refused and why, until a later check succeeds.
 * Shown on the about screen; small enough to place in the layout too.
 */
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { refusalMessage } from './refusalMessage';
import { useLastUpdateCheck } from './useUpdateStatus';

export function RejectedUpdateNotice() {
  const { t } = useTranslation();
  const lastCheck = useLastUpdateCheck();
  if (lastCheck?.result !== 'rejected' || !lastCheck.reason) return null;
  return (
    <Notice tone="error">
      <span data-testid="update-rejected">
        {t('updates.rejectedNotice')} {refusalMessage(t, { reason: lastCheck.reason })}
      </span>
    </Notice>
  );
}
