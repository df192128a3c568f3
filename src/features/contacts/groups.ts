import type { Contact } from '../../content/schema';

/** Contact groups in the order people need them: emergency first, then their own state's missions. */
export const CONTACT_GROUPS = [
  { key: 'emergency', kinds: ['emergency'] },
  { key: 'missions', kinds: ['embassy', 'consulate'] },
  { key: 'state', kinds: ['agency', 'ombudsman'] },
  { key: 'independent', kinds: ['ngo'] },
  { key: 'services', kinds: ['service'] },
] as const satisfies readonly { key: string; kinds: readonly Contact['kind'][] }[];

export function contactsInGroup(contacts: readonly Contact[], kinds: readonly Contact['kind'][]): Contact[] {
  return contacts.filter((c) => kinds.includes(c.kind));
}
