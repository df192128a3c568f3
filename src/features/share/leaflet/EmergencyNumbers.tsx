/** The emergency numbers of Russia and Uzbekistan, from the content, compact enough for paper. */
import { useLang } from '../../../app/LanguageScope';
import { useContact } from '../../../content/hooks';

function CountryNumbers({ contactId }: { contactId: string }) {
  const lang = useLang();
  const contact = useContact(contactId);
  if (!contact) return null; // loading, or not in this pack: the leaflet prints without it
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
  return (
    <div className="leaflet-numbers">
      <h2>{heading}</h2>
      <div className="leaflet-countries">
        <CountryNumbers contactId="emergency-ru" />
        <CountryNumbers contactId="emergency-uz" />
      </div>
    </div>
  );
}
