/**
 * Phone numbers with their actions: call first, then SMS and copy. Calls and SMS keep working when
 * mobile internet is cut. A number the research could not confirm says so inside its own button,
 * so the warning can never be read as belonging to the next number.
 */
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../content/schema';
import { useLang } from '../../app/LanguageScope';
import { callHref, smsHref } from '../../lib/links';
import { CopyButton } from './CopyButton';

export function PhoneList({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const lang = useLang();
  const withWarning = (label: string, n: { confidence: string }) =>
    n.confidence === 'low' ? `${label}. ${t('contact.unverified')}` : label;
  if (contact.phones.length === 0 && contact.shortNumbers.length === 0) return null;
  return (
    <ul className="phones">
      {contact.shortNumbers.map((s) => {
        const call = callHref(s.number);
        return (
          <li key={`s${s.number}`} className="phone">
            {call && (
              <a
                className="call"
                href={call}
                aria-label={withWarning(
                  t('contact.callLabel', { number: s.number, label: s.label[lang] }),
                  s,
                )}
              >
                <span className="call-number">{s.number}</span>
                <span className="call-label">{s.label[lang]}</span>
                {s.confidence === 'low' && <span className="unverified">{t('contact.unverified')}</span>}
              </a>
            )}
            <span className="hint">{t(`contact.dialFrom.${s.dialFrom}`)}</span>
          </li>
        );
      })}
      {contact.phones.map((p) => {
        const call = callHref(p.number);
        const sms = smsHref(p.number);
        if (!call) return null;
        return (
          <li key={p.number} className="phone">
            <a
              className="call"
              href={call}
              aria-label={withWarning(t('contact.callLabel', { number: p.display, label: p.label[lang] }), p)}
            >
              <span className="call-number">{p.display}</span>
              <span className="call-label">{p.label[lang]}</span>
              {p.confidence === 'low' && <span className="unverified">{t('contact.unverified')}</span>}
            </a>
            <span className="phone-actions">
              {sms && (
                <a
                  className="button button-quiet action-small"
                  href={sms}
                  aria-label={t('contact.smsLabel', { number: p.display })}
                >
                  {t('contact.sms')}
                </a>
              )}
              <CopyButton text={p.number} label={t('contact.copyLabel', { number: p.display })} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
