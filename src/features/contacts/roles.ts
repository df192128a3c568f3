/** Contacts by what they are for (roles in content/contacts.yaml), so no screen names a contact id. */
import type { Contact, Phone } from '../../content/schema';

export function withRole(
  contacts: readonly Contact[],
  role: NonNullable<Contact['roles']>[number],
): Contact[] {
  return contacts.filter((c) => c.roles?.includes(role));
}

/** The mission whose call centre heads the contacts screen and answers for the others. */
export function primaryMission(contacts: readonly Contact[]): Contact | undefined {
  return withRole(contacts, 'primary-mission')[0];
}

export const isMission = (c: Contact) => c.kind === 'embassy' || c.kind === 'consulate';

/**
 * The number to call for a contact: its own first number, or — for a mission with none of its own
 * (Rostov, Novosibirsk) — the primary mission's call centre, which the research says to call then.
 */
export function numberToCall(
  contact: Contact,
  contacts: readonly Contact[],
): { phone: Phone; from: Contact } | undefined {
  const own = contact.phones[0];
  if (own) return { phone: own, from: contact };
  if (!isMission(contact)) return undefined;
  const primary = primaryMission(contacts);
  const fallback = primary?.phones[0];
  return primary && fallback ? { phone: fallback, from: primary } : undefined;
}
