/** Copies a number and says so where the person is looking (and to screen readers). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyToClipboard } from '../../lib/clipboard';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="button button-quiet action-small"
        aria-label={label}
        onClick={() => void copyToClipboard(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {t('contact.copy')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('contact.copied') : state === 'failed' ? t('contact.copyFailed') : ''}
      </span>
    </>
  );
}
