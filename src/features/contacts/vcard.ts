/**
 * vCard 3.0 made on the phone, so contacts can be saved into the phone's address book and called
 * even if this app is gone. Text is escaped as RFC 2426 requires; lines end in CRLF.
 */
import type { Contact, Phone } from '../../content/schema';
import type { Lang } from '../../i18n/languages';

/** A single text value: backslash, newline and comma escaped (a semicolon needs no escape here). */
const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,');
/** One component of a structured value (N, ADR), where the semicolon separates components. */
const escapeComponent = (text: string) => escape(text).replace(/;/g, '\\;');

export interface VCardOptions {
  /** Words the date in the reader's language ("Checked on 22 November 2026"); default: the bare date. */
  checkedOn?: (isoDate: string) => string;
  /**
   * The number to save for a contact that has none of its own (a mission without a phone: the
   * primary mission's call centre), with a sentence saying whose number it is.
   */
  fallbackFor?: (contact: Contact) => { phone: Phone; note: string } | undefined;
}

export function contactToVCard(contact: Contact, lang: Lang, options: VCardOptions = {}): string {
  const { checkedOn = (date: string) => date, fallbackFor } = options;
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escape(contact.name[lang])}`,
    `N:;${escapeComponent(contact.name[lang])};;;`,
  ];
  for (const phone of contact.phones) lines.push(`TEL;TYPE=VOICE:${phone.number}`);
  for (const short of contact.shortNumbers) lines.push(`TEL;TYPE=VOICE:${short.number}`);
  const fallback = contact.phones.length === 0 ? fallbackFor?.(contact) : undefined;
  if (fallback) lines.push(`TEL;TYPE=VOICE:${fallback.phone.number}`);
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET:${contact.email}`);
  if (contact.website) lines.push(`URL:${contact.website}`);
  if (contact.address) lines.push(`ADR;TYPE=WORK:;;${escapeComponent(contact.address[lang])};;;;`);
  const note = [fallback?.note, contact.note?.[lang], checkedOn(contact.checkedOn)].filter(Boolean).join(' ');
  lines.push(`NOTE:${escape(note)}`, 'END:VCARD');
  return lines.join('\r\n');
}

export function contactsToVCard(contacts: readonly Contact[], lang: Lang, options?: VCardOptions): string {
  return `${contacts.map((c) => contactToVCard(c, lang, options)).join('\r\n')}\r\n`;
}

/** Hands the text to the browser as a file download; nothing leaves the phone. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
