/**
 * About → the update side of the content: the last online check and its result, a button to check
 * now, and a one-tap rollback while the pack an update replaced is kept. Version, date, source and
 * fingerprint of the installed pack are in the about screen's list above; all of it is live, so an
 * update shows at once, without a reload.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { shortFingerprint } from '../../content/fingerprint';
import { checkForUpdateNow } from '../../content/updates';
import type { UpdateCheck } from '../../content/updates/latestCheck';
import { db } from '../../db';
import { rollBackToPrevious } from '../../db/packHistory';
import { formatDate } from '../../lib/dates';
import { Notice } from '../../ui/Notice';
import { refusalMessage } from './refusalMessage';
import { useUpdateStatus } from './useUpdateStatus';

function useCheckDescription() {
  const { t } = useTranslation();
  const lang = useLang();
  return (check: UpdateCheck) => {
    const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(check.checkedAt),
    );
    const result = t(`updates.result.${check.result}`, { version: check.version });
    return `${when}: ${result}`;
  };
}

export function ContentStatus() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useUpdateStatus();
  const describeCheck = useCheckDescription();
  const [checking, setChecking] = useState(false);
  const [rollback, setRollback] = useState<{ done: true; version: number } | { done: false } | null>(null);

  if (!status) return null; // loading, or read-only content: nothing to check or roll back
  const { lastCheck, rollbackTo } = status;

  async function checkNow() {
    setChecking(true);
    setRollback(null);
    await checkForUpdateNow();
    setChecking(false);
  }

  async function rollBack() {
    try {
      const restored = await rollBackToPrevious(db);
      setRollback({ done: true, version: restored.version });
    } catch {
      setRollback({ done: false });
    }
  }

  return (
    <section aria-labelledby="content-status-heading">
      <h2 id="content-status-heading">{t('updates.title')}</h2>
      <dl className="details">
        <dt>{t('updates.lastCheck')}</dt>
        <dd data-testid="last-update-check">
          {lastCheck ? describeCheck(lastCheck) : t('updates.neverChecked')}
          {lastCheck?.result === 'failed' && lastCheck.reason && (
            <>
              <br />
              {refusalMessage(t, { reason: lastCheck.reason })}
            </>
          )}
        </dd>
      </dl>
      <p>
        <button type="button" className="button" disabled={checking} onClick={() => void checkNow()}>
          {checking ? t('updates.checking') : t('updates.checkNow')}
        </button>
      </p>
      {rollbackTo && (
        <>
          <p className="hint">
            {t('updates.rollbackHint')} ({formatDate(rollbackTo.createdAt.slice(0, 10), lang)},{' '}
            <span className="fingerprint">{shortFingerprint(rollbackTo.hash)}</span>)
          </p>
          <p>
            <button type="button" className="button button-quiet" onClick={() => void rollBack()}>
              {t('updates.rollback', { version: rollbackTo.version })}
            </button>
          </p>
        </>
      )}
      {rollback?.done === true && <Notice>{t('updates.rolledBack', { version: rollback.version })}</Notice>}
      {rollback?.done === false && <Notice tone="error">{t('updates.rollbackFailed')}</Notice>}
    </section>
  );
}
