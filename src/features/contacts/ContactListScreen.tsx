/**
 * Every contact, grouped. The primary mission's call centre comes first as one large call button
 * (calling the embassy is one tap), then the consulate finder; each mission shows its number.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { useContacts } from '../../content/hooks';
import type { Contact } from '../../content/schema';
import { LinkCardSection } from '../../ui/LinkCardSection';
import { Loading } from '../../ui/Loading';
import { CallButton } from './CallButton';
import { ConsulateFinder } from './ConsulateFinder';
import { CONTACT_GROUPS, contactsInGroup } from './groups';
import { numberToCall, primaryMission } from './roles';
import { SaveContactsToPhone } from './SaveContactsToPhone';

/** Missions with their number in the list: a link to the page and, beside it, one to call. */
function MissionList({
  id,
  heading,
  missions,
  all,
}: {
  id: string;
  heading: string;
  missions: Contact[];
  all: Contact[];
}) {
  const lang = useLang();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="link-list">
        {missions.map((c) => {
          const call = numberToCall(c, all);
          return (
            <li key={c.id} className="link-card mission-card">
              <Link href={`/contacts/${c.id}`} className="link-card-title">
                {c.name[lang]}
              </Link>
              {c.city && <span className="link-card-text">{c.city[lang]}</span>}
              {call && (
                <a className="tel mission-number" href={`tel:${call.phone.number}`}>
                  {call.phone.display}
                  {call.from !== c && (
                    <span className="hint"> ({call.from.city?.[lang] ?? call.from.name[lang]})</span>
                  )}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ContactListScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const contacts = useContacts();
  const primary = contacts && primaryMission(contacts);
  const primaryPhone = primary?.phones[0];
  return (
    <>
      <h1>{t('contacts.title')}</h1>
      {contacts === undefined ? (
        <Loading />
      ) : (
        <>
          {primary && primaryPhone && (
            <CallButton
              phone={primaryPhone}
              from={primary}
              label={t('contact.primaryLabel', { name: primary.name[lang] })}
            />
          )}
          <ConsulateFinder />
          {CONTACT_GROUPS.map(({ key, kinds }) => {
            const group = contactsInGroup(contacts, kinds);
            if (group.length === 0) return null;
            if (key === 'missions')
              return (
                <MissionList
                  key={key}
                  id={`group-${key}`}
                  heading={t(`contacts.group.${key}`)}
                  missions={group}
                  all={contacts}
                />
              );
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
          <SaveContactsToPhone contacts={contacts} />
        </>
      )}
    </>
  );
}
