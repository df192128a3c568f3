/**
 * Settings → import a content update from a file (passed on through a messenger). The file gets
 * the same checks as an online update and is installed whole or not at all; the outcome is shown
 * in the person's language. The checker loads only when a file is chosen.
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Installed } from '../../content/updates/install';
import { refuse } from '../../content/verify/reasons';
import { db } from '../../db';
import { Notice } from '../../ui/Notice';
import { refusalMessage } from './refusalMessage';
import { useContentWritable } from './useLastUpdateCheck';

type ImportState = { step: 'idle' } | { step: 'checking' } | { step: 'done'; outcome: Installed };

export function ImportUpdate() {
  const { t } = useTranslation();
  const writable = useContentWritable();
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  async function importChosenFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ step: 'checking' });
    let outcome: Installed;
    try {
      const { importUpdateFile } = await import('../../content/updates/importFile');
      outcome = await importUpdateFile(db, file);
    } catch {
      // The checker's code could not be loaded (it never throws on a file: every fault is a refusal).
      outcome = refuse('storage');
    }
    input.value = ''; // the same file can be chosen again
    setState({ step: 'done', outcome });
  }

  return (
    <section aria-labelledby="import-update-heading">
      <h2 id="import-update-heading">{t('updates.title')}</h2>
      <p id="import-update-hint">{t('updates.importHint')}</p>
      <p>
        <label htmlFor="import-update-file">{t('updates.importLabel')}</label>
        <br />
        <input
          id="import-update-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-update-hint"
          disabled={!writable || state.step === 'checking'}
          onChange={(event) => void importChosenFile(event)}
        />
      </p>
      {state.step === 'checking' && <p role="status">{t('updates.importing')}</p>}
      {state.step === 'done' &&
        (state.outcome.ok ? (
          <Notice>{t('updates.imported', { version: state.outcome.version })}</Notice>
        ) : (
          <Notice tone="error">
            {refusalMessage(t, state.outcome)} {t('updates.unchanged')}
          </Notice>
        ))}
    </section>
  );
}
