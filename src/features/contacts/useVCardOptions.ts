/** The vCard wording for the reader's language, and the call-centre number for missions with none. */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { useContacts } from '../../content/hooks';
import { formatDate } from '../../lib/dates';
import { numberToCall } from './roles';
import type { VCardOptions } from './vcard';

export function useVCardOptions(): VCardOptions {
  const { t } = useTranslation();
  const lang = useLang();
  const contacts = useContacts() ?? [];
  return {
    checkedOn: (date) => t('common.checkedOn', { date: formatDate(date, lang) }),
    fallbackFor: (contact) => {
      const call = numberToCall(contact, contacts);
      return call && call.from !== contact
        ? { phone: call.phone, note: `${t('contact.bulkFallback')} ${call.from.name[lang]}.` }
        : undefined;
    },
  };
}
