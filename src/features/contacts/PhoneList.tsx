/**
 * Phone numbers as big call links. Calls and SMS keep working when mobile internet is cut, so they
 * come first. A number the research could not confirm says so, next to the number itself.
 */
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../content/schema';
import { useLang } from '../../app/LanguageScope';

export function PhoneList({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (contact.phones.length === 0 && contact.shortNumbers.length === 0) return null;
  return (
    <ul className="phones">
      {contact.shortNumbers.map((s) => (
        <li key={`s${s.number}`}>
          <a
            className="call"
            href={`tel:${s.number}`}
            aria-label={t('contact.callLabel', { number: s.number, label: s.label[lang] })}
          >
            <span className="call-number">{s.number}</span>
            <span className="call-label">{s.label[lang]}</span>
          </a>
          <span className="hint">{t(`contact.dialFrom.${s.dialFrom}`)}</span>
          {s.confidence === 'low' && <span className="unverified">{t('contact.unverified')}</span>}
        </li>
      ))}
      {contact.phones.map((p) => (
        <li key={p.number}>
          <a
            className="call"
            href={`tel:${p.number}`}
            aria-label={t('contact.callLabel', { number: p.display, label: p.label[lang] })}
          >
            <span className="call-number">{p.display}</span>
            <span className="call-label">{p.label[lang]}</span>
          </a>
          {p.confidence === 'low' && <span className="unverified">{t('contact.unverified')}</span>}
        </li>
      ))}
    </ul>
  );
}
