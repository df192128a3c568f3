/**
 * The embassy call centre for paper: its short label from the card's paper part and its numbers
 * from the contact that part names (content/contacts.yaml), so a number is kept in one place.
 */
import { useContact } from '../../../content/hooks';
import type { Localized, OfficerCard, Phone } from '../../../content/schema';

export interface CallCentre {
  label: Localized;
  phones: readonly Phone[];
  /** When the contact, and so its numbers, was last checked. */
  checkedOn: string;
}

/** undefined while loading, or when the pack has no paper part or the contact has no numbers. */
export function useCallCentre(card: OfficerCard | null | undefined): CallCentre | undefined {
  const paper = card?.paper;
  // Hooks run unconditionally; an empty id simply finds nothing.
  const contact = useContact(paper?.callCentre.contact ?? '');
  if (!paper || !contact || contact.phones.length === 0) return undefined;
  return {
    label: paper.callCentre.label,
    phones: contact.phones,
    checkedOn: contact.checkedOn,
  };
}
