/**
 * "Save contacts to the phone": a list to tick, so nothing lands in the address book unseen.
 * Contacts with a risk note and contacts with no number to call start unticked, with the note
 * shown beside them; a mission with no number of its own is saved with the call centre's.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import type { Contact } from '../../content/schema';
import { numberToCall } from './roles';
import { useVCardOptions } from './useVCardOptions';
import { contactsToVCard, downloadText } from './vcard';

/** Ticked at first: safe to keep in an address book, and something there to call. */
export function tickedByDefault(contact: Contact, all: readonly Contact[]): boolean {
  const callable = contact.shortNumbers.length > 0 || numberToCall(contact, all) !== undefined;
  return !contact.risk && callable;
}

export function SaveContactsToPhone({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = useVCardOptions();
  const [open, setOpen] = useState(false);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(contacts.filter((c) => tickedByDefault(c, contacts)).map((c) => c.id)),
  );
  if (!open)
    return (
      <p>
        <button
          type="button"
          className="button button-quiet"
          aria-expanded="false"
          onClick={() => setOpen(true)}
        >
          {t('contact.saveAllToPhone')}
        </button>
      </p>
    );
  const toggle = (id: string) =>
    setTicked((before) => {
      const after = new Set(before);
      if (!after.delete(id)) after.add(id);
      return after;
    });
  const chosen = contacts.filter((c) => ticked.has(c.id));
  return (
    <fieldset className="bulk-save">
      <legend>{t('contact.saveAllToPhone')}</legend>
      <p className="hint">{t('contact.bulkIntro')}</p>
      <ul className="bulk-save-list">
        {contacts.map((c) => {
          const call = numberToCall(c, contacts);
          const noNumber = c.shortNumbers.length === 0 && !call;
          return (
            <li key={c.id}>
              <label className="checkbox">
                <input type="checkbox" checked={ticked.has(c.id)} onChange={() => toggle(c.id)} />
                <span>
                  {c.name[lang]}
                  {c.risk && <span className="bulk-save-risk">{c.risk[lang]}</span>}
                  {noNumber && <span className="hint"> — {t('contact.bulkNoPhone')}</span>}
                  {call && call.from !== c && <span className="hint"> — {t('contact.bulkFallback')}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="confirm-actions">
        <button
          type="button"
          className="button"
          disabled={chosen.length === 0}
          onClick={() =>
            downloadText('hamroh-contacts.vcf', contactsToVCard(chosen, lang, options), 'text/vcard')
          }
        >
          {t('contact.bulkSave', { count: chosen.length })}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          {t('contact.cancel')}
        </button>
      </p>
    </fieldset>
  );
}
