/** Settings → safety: what the quick exit does, whether storage is kept, and erasing data. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { deletePersonalData } from '../../db/wipe';
import { forgetDisplayMirror } from '../display/displayPreferences';
import { forgetLanguageMirror } from '../language/languageMirror';
import { removeEverything } from './removeEverything';
import { readStorageStatus, type StorageStatus } from './storage';

export function SafetySettings() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [done, setDone] = useState<'personal' | 'everything' | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void readStorageStatus().then(setStatus);
  }, [done]);

  if (done === 'everything') {
    return (
      <p role="status" className="notice">
        {t('safety.removedEverything')}
      </p>
    );
  }

  const megabytes =
    status?.usedBytes == null
      ? null
      : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
          status.usedBytes / 1_000_000,
        );
  return (
    <>
      <section aria-labelledby="safety-heading">
        <h2 id="safety-heading">{t('safety.title')}</h2>
        <p>{t('safety.exitExplained')}</p>
        <p>{t('safety.neutral')}</p>
        <p data-testid="storage-status">
          {status?.persisted ? t('safety.storagePersistent') : t('safety.storageNotPersistent')}
          {megabytes !== null && ` ${t('safety.storageUsed', { megabytes })}`}
        </p>
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('safety.dataTitle')}</h2>
        <p>{t('safety.deletePersonalExplained')}</p>
        <button
          type="button"
          className="button button-quiet"
          onClick={() =>
            void deletePersonalData(db).then(() => {
              forgetLanguageMirror();
              forgetDisplayMirror();
              setDone('personal');
            })
          }
        >
          {t('safety.deletePersonal')}
        </button>
        {done === 'personal' && (
          <p role="status" className="notice">
            {t('safety.deletedPersonal')}
          </p>
        )}
        <p>{t('safety.removeEverythingExplained')}</p>
        {confirming ? (
          <div role="group" aria-label={t('safety.removeEverything')} className="confirm">
            <p>
              <strong>{t('safety.confirmRemove')}</strong>
            </p>
            <button
              type="button"
              className="button button-danger"
              onClick={() => void removeEverything().then(() => setDone('everything'))}
            >
              {t('safety.confirmRemoveYes')}
            </button>{' '}
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
              {t('safety.confirmRemoveNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
            {t('safety.removeEverything')}
          </button>
        )}
      </section>
    </>
  );
}
