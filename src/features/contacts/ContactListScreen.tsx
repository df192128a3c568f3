/** Every contact, grouped; emergency numbers and the embassy on top. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { useContacts } from '../../content/hooks';
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
              <section key={key} aria-labelledby={`group-${key}`}>
                <h2 id={`group-${key}`}>{t(`contacts.group.${key}`)}</h2>
                <ul className="link-list">
                  {group.map((c) => (
                    <li key={c.id}>
                      <Link href={`/contacts/${c.id}`} className="link-card">
                        <span className="link-card-title">{c.name[lang]}</span>
                        {c.city && <span className="link-card-text">{c.city[lang]}</span>}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
