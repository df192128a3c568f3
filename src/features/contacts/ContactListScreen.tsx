/** Every contact, grouped; emergency numbers and the embassy on top. */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { useContacts } from '../../content/hooks';
import { LinkCardSection } from '../../ui/LinkCardSection';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ConsulateFinder } from './ConsulateFinder';
import { CONTACT_GROUPS, contactsInGroup } from './groups';
import { SaveToPhoneButton } from './SaveToPhoneButton';

export function ContactListScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const contacts = useContacts();
  useDocumentTitle(t('contacts.title'));
  return (
    <>
      <h1>{t('contacts.title')}</h1>
      {contacts === undefined ? (
        <Loading />
      ) : (
        <>
          <ConsulateFinder />
          <p>
            <SaveToPhoneButton
              contacts={contacts}
              fileName="hamroh-contacts.vcf"
              label={t('contact.saveAllToPhone')}
            />
          </p>
          {CONTACT_GROUPS.map(({ key, kinds }) => {
            const group = contactsInGroup(contacts, kinds);
            if (group.length === 0) return null;
            return (
              <LinkCardSection
                key={key}
                id={`group-${key}`}
                heading={t(`contacts.group.${key}`)}
                cards={group.map((c) => ({
                  href: `/contacts/${c.id}`,
                  title: c.name[lang],
                  text: c.city?.[lang],
                }))}
              />
            );
          })}
        </>
      )}
    </>
  );
}
