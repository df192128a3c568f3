/** One contact: numbers first, then how else to reach them, any risk, and where the data comes from. */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import { useContact, useContacts } from '../../content/hooks';
import { webHref } from '../../lib/links';
import { Provenance } from '../../ui/Provenance';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { TextWithPhones } from '../../ui/TextWithPhones';
import { SourceList } from '../../ui/SourceList';
import { NotFoundScreen } from '../not-found/NotFoundScreen';
import { ContactNote } from './ContactNote';
import { CallButton } from './CallButton';
import { PhoneList } from './PhoneList';
import { numberToCall } from './roles';
import { SaveOneToPhone } from './SaveToPhoneButton';

export function ContactScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contact = useContact(id);
  const contacts = useContacts();
  if (contact === undefined) return <Loading />;
  if (contact === null) return <NotFoundScreen />;
  // A mission with no number of its own: the number the research says to call instead, as a button.
  const standIn = contacts && numberToCall(contact, contacts);
  return (
    <article className="contact">
      <h1>{contact.name[lang]}</h1>
      {contact.city && <p className="summary">{contact.city[lang]}</p>}
      <PhoneList contact={contact} />
      {standIn && standIn.from !== contact && (
        <div className="stand-in">
          <p>{t('contact.noOwnNumber')}</p>
          <CallButton phone={standIn.phone} from={standIn.from} />
        </div>
      )}
      <p>
        <SaveOneToPhone contact={contact} />
      </p>
      {contact.note && (
        <p>
          <TextWithPhones text={contact.note[lang]} />
        </p>
      )}
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
        <Provenance written={contact.checkedOn} sources={contact.sources} />
        {contact.sources.length > 0 && <SourceList sources={contact.sources} />}
      </footer>
    </article>
  );
}
