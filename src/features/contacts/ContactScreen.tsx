/** One contact: numbers first, then how else to reach them, any risk, and where the data comes from. */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { useContact } from '../../content/hooks';
import { webHref } from '../../lib/links';
import { CheckedOn } from '../../ui/CheckedOn';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { SourceList } from '../../ui/SourceList';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NotFoundScreen } from '../not-found/NotFoundScreen';
import { ContactNote } from './ContactNote';
import { PhoneList } from './PhoneList';
import { SaveOneToPhone } from './SaveToPhoneButton';

export function ContactScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contact = useContact(id);
  useDocumentTitle(contact?.name[lang]);
  if (contact === undefined) return <Loading />;
  if (contact === null) return <NotFoundScreen />;
  return (
    <article className="contact">
      <h1>{contact.name[lang]}</h1>
      {contact.city && <p className="summary">{contact.city[lang]}</p>}
      <PhoneList contact={contact} />
      <p>
        <SaveOneToPhone contact={contact} />
      </p>
      {contact.note && <p>{contact.note[lang]}</p>}
      {contact.risk && (
        <Notice>
          <strong>{t('contact.risk')}: </strong>
          {contact.risk[lang]}
        </Notice>
      )}
      <dl className="details">
        {contact.address && (
          <>
            <dt>{t('contact.address')}</dt>
            <dd>{contact.address[lang]}</dd>
          </>
        )}
        {contact.email && (
          <>
            <dt>{t('contact.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
        {contact.website && (
          <>
            <dt>{t('contact.website')}</dt>
            <dd>
              <a href={webHref(contact.website)} rel="noopener noreferrer" target="_blank">
                {contact.website}
              </a>
            </dd>
          </>
        )}
        {contact.telegram && (
          <>
            <dt>{t('contact.telegram')}</dt>
            <dd>
              <a href={webHref(contact.telegram)} rel="noopener noreferrer" target="_blank">
                {contact.telegram}
              </a>
            </dd>
          </>
        )}
      </dl>
      <ContactNote contactId={contact.id} />
      <footer className="provenance">
        <CheckedOn date={contact.checkedOn} />
        {contact.sources.length > 0 && <SourceList sources={contact.sources} />}
      </footer>
    </article>
  );
}
