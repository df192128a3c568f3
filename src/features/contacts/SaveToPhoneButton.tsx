/** Downloads one or all contacts as a .vcf file made on the phone, for the phone's address book. */
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../content/schema';
import { useLang } from '../../app/LanguageScope';
import { contactsToVCard, downloadText } from './vcard';

export function SaveToPhoneButton({
  contacts,
  fileName,
  label,
}: {
  contacts: readonly Contact[];
  fileName: string;
  label: string;
}) {
  const lang = useLang();
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => downloadText(fileName, contactsToVCard(contacts, lang), 'text/vcard')}
    >
      {label}
    </button>
  );
}

export function SaveOneToPhone({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <SaveToPhoneButton contacts={[contact]} fileName={`${contact.id}.vcf`} label={t('contact.saveToPhone')} />
  );
}
