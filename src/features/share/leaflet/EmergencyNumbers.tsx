/**
 * The emergency numbers (the contacts whose role is emergency-numbers in contacts.yaml), compact
 * enough for paper.
 */
import { useLang } from '../../../app/LanguageScope';
import { useContacts } from '../../../content/hooks';
import type { Contact } from '../../../content/schema';
import { withRole } from '../../contacts/roles';

function CountryNumbers({ contact }: { contact: Contact }) {
  const lang = useLang();
  return (
    <section className="leaflet-country" aria-labelledby={`leaflet-${contact.id}`}>
      <h3 id={`leaflet-${contact.id}`}>{contact.name[lang]}</h3>
      <ul>
        {contact.shortNumbers.map((s) => (
          <li key={s.number}>
            <strong>{s.number}</strong> {s.label[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EmergencyNumbers({ heading }: { heading: string }) {
  const contacts = useContacts();
  return (
    <div className="leaflet-numbers">
      <h2>{heading}</h2>
      <div className="leaflet-countries">
        {contacts &&
          withRole(contacts, 'emergency-numbers').map((c) => <CountryNumbers key={c.id} contact={c} />)}
      </div>
    </div>
  );
}
