/**
 * The call centre for paper: the paper part's short label and the numbers of the primary mission
 * (the contact whose role in content/contacts.yaml is primary-mission), so a number is kept in one
 * place and no screen names a contact.
 */
import { useContacts } from '../../../content/hooks';
import type { Localized, OfficerCard, Phone } from '../../../content/schema';
import { primaryMission } from '../../contacts/roles';

export interface CallCentre {
  label: Localized;
  phones: readonly Phone[];
  /** When the contact, and so its numbers, was last checked. */
  checkedOn: string;
}

/** undefined while loading, or when the pack has no paper part or no mission with numbers. */
export function useCallCentre(card: OfficerCard | null | undefined): CallCentre | undefined {
  const contacts = useContacts();
  const mission = contacts && primaryMission(contacts);
  if (!card?.paper || !mission || mission.phones.length === 0) return undefined;
  return { label: card.paper.callCentre, phones: mission.phones, checkedOn: mission.checkedOn };
}
