/** Downloads one or all contacts as a .vcf file made on the phone, for the phone's address book. */
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../content/schema';
import { useLang } from '../../app/LanguageScope';
import { formatDate } from '../../lib/dates';
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
  const { t } = useTranslation();
  const lang = useLang();
  const checkedOn = (date: string) => t('common.checkedOn', { date: formatDate(date, lang) });
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => downloadText(fileName, contactsToVCard(contacts, lang, checkedOn), 'text/vcard')}
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
