/** Emergency numbers of Russia and Uzbekistan on one screen, one tap from home. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/LanguageScope';
import { useContacts } from '../../content/hooks';
import { Loading } from '../../ui/Loading';
import { PhoneList } from '../contacts/PhoneList';

export function EmergencyScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const contacts = useContacts();
  const emergency = contacts?.filter((c) => c.kind === 'emergency');
  return (
    <>
      <h1>{t('home.emergency')}</h1>
      {emergency === undefined ? (
        <Loading />
      ) : (
        emergency.map((c) => (
          <section key={c.id} aria-labelledby={`em-${c.id}`}>
            <h2 id={`em-${c.id}`}>
              <Link href={`/contacts/${c.id}`}>{c.name[lang]}</Link>
            </h2>
            <PhoneList contact={c} />
          </section>
        ))
      )}
    </>
  );
}
