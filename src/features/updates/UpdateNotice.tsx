/**
 * Tells the person, on every screen, what the last online check found that they must know: an
 * update refused by the safety checks (and why), one that needs a newer app, or texts the browser
 * deleted while the app was open. Each has its own words; a connection that failed, a network's
 * sign-in page or "up to date" are not alarms (the about screen shows them). Until a later check.
 */
import { useTranslation } from 'react-i18next';
import { noticeFor } from '../../content/updates/checkResult';
import { Notice } from '../../ui/Notice';
import { refusalMessage } from './refusalMessage';
import { useLastUpdateCheck } from './useLastUpdateCheck';

export function UpdateNotice() {
  const { t } = useTranslation();
  const lastCheck = useLastUpdateCheck();
  const notice = lastCheck ? noticeFor(lastCheck) : undefined;
  if (!lastCheck?.reason || !notice) return null;
  const reason = refusalMessage(t, { reason: lastCheck.reason });
  return (
    <Notice tone={notice === 'needs-app' ? 'info' : 'error'}>
      <span data-testid={`update-${notice}`}>
        {notice === 'rejected' && `${t('updates.rejectedNotice')} ${reason}`}
        {notice === 'needs-app' && t('updates.needsAppNotice')}
        {notice === 'content-lost' && reason}
      </span>
    </Notice>
  );
}
