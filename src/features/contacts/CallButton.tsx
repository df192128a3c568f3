/**
 * A full-width button that dials: the number large, what it is below. Used where a call is the
 * point of the screen — the top of the contacts, the consulate finder's answer, a mission that has
 * no number of its own (then it says whose number it is).
 */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/LanguageScope';
import type { Contact, Phone } from '../../content/schema';
import { callHref } from '../../lib/links';

export function CallButton({ phone, from, label }: { phone: Phone; from: Contact; label?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const href = callHref(phone.number);
  if (!href) return null;
  const what = label ?? `${from.name[lang]}: ${phone.label[lang]}`;
  return (
    <a
      className="call call-wide"
      href={href}
      aria-label={t('contact.callLabel', { number: phone.display, label: what })}
    >
      <span className="call-number">{phone.display}</span>
      <span className="call-label">{what}</span>
    </a>
  );
}
