/** Copies a number and says so where the person is looking (and to screen readers). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard permission (old browser, file://): the number stays visible to copy by hand
  }
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="button button-quiet action-small"
        aria-label={label}
        onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {t('contact.copy')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('contact.copied') : state === 'failed' ? t('contact.copyFailed') : ''}
      </span>
    </>
  );
}
