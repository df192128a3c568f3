/**
 * Sends a text through the phone's share sheet where there is one, and copies it where there is
 * none, saying what happened where the person is looking. If neither worked, the text is shown
 * selectable so it can still be copied by hand.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canUseShareSheet, copyText, shareText, type ShareOutcome } from './shareText';

interface Props {
  title: string;
  text: string;
  sendLabel: string;
  /** Accessible name of the send button when its visible label is short. */
  sendAriaLabel?: string;
  /** Also offer "Copy" next to "Send" (the share screen's message, which is shown above it). */
  withCopy?: boolean;
  /** Small and quiet, for a row of secondary tools (a guide's save / share / read aloud). */
  quiet?: boolean;
}

export function ShareTextButtons({
  title,
  text,
  sendLabel,
  sendAriaLabel,
  withCopy = false,
  quiet = false,
}: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const shareSheet = canUseShareSheet();
  return (
    <div className="share-buttons">
      <p className="share-actions">
        {shareSheet || !withCopy ? (
          <button
            type="button"
            className={quiet ? 'button button-quiet button-small' : 'button'}
            aria-label={sendAriaLabel}
            onClick={() => void shareText(title, text).then(setOutcome)}
          >
            {sendLabel}
          </button>
        ) : null}
        {withCopy && (
          <button
            type="button"
            className={shareSheet ? 'button button-quiet' : 'button'}
            onClick={() => void copyText(text).then(setOutcome)}
          >
            {t('share.copy')}
          </button>
        )}
      </p>
      {outcome === 'failed' && !withCopy && (
        <textarea className="share-text" readOnly value={text} rows={8} aria-label={title} />
      )}
      <p role="status" className="copy-status">
        {outcome === 'copied' ? t('share.copied') : outcome === 'failed' ? t('share.copyFailed') : ''}
      </p>
    </div>
  );
}
