/**
 * Saves one or several contacts as a .vcf file made on the phone, for the phone's address book.
 * The address book is the first thing an officer looking through a phone may open, so a contact
 * with a risk note ("foreign agent" and the like) is saved only after the person has seen the note.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import type { Contact } from '../../content/schema';
import { useVCardOptions } from './useVCardOptions';
import { contactsToVCard, downloadText } from './vcard';

export function SaveOneToPhone({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = useVCardOptions();
  const [confirming, setConfirming] = useState(false);
  const save = () => {
    setConfirming(false);
    downloadText(`${contact.id}.vcf`, contactsToVCard([contact], lang, options), 'text/vcard');
  };
  if (confirming && contact.risk)
    return (
      <div className="confirm" role="alertdialog" aria-labelledby={`risk-${contact.id}`}>
        <p id={`risk-${contact.id}`}>
          <strong>{contact.risk[lang]}</strong> {t('contact.seenInPhoneBook')}
        </p>
        <p className="confirm-actions">
          <button type="button" className="button" onClick={save}>
            {t('contact.saveAnyway')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
            {t('contact.cancel')}
          </button>
        </p>
      </div>
    );
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => (contact.risk ? setConfirming(true) : save())}
    >
      {t('contact.saveToPhone')}
    </button>
  );
}
