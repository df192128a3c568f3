/**
 * What a printed sheet rests on: the sources of the card (its lines, and the rights lines made from
 * the same law) and of its paper part, each once, and the oldest check date among them and the call
 * centre's contact, since a sheet is only as fresh as its oldest part. The call centre's numbers are
 * cited by the paper part's own source for them, not by the contact's whole list (which also covers
 * its address and district).
 */
import type { OfficerCard, Source } from '../../../content/schema';
import type { CallCentre } from './useCallCentre';

export interface Provenance {
  checkedOn: string;
  sources: readonly Source[];
}

export function paperProvenance(card: OfficerCard, callCentre: CallCentre | undefined): Provenance {
  const cited = [card, ...(card.paper ? [card.paper] : [])];
  const dates = [...cited, ...(callCentre ? [callCentre] : [])].map((part) => part.checkedOn);
  const seen = new Set<string>();
  const sources = cited
    .flatMap((part) => part.sources)
    .filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
  // ISO dates compare as text.
  const checkedOn = dates.reduce((a, b) => (a < b ? a : b), card.checkedOn);
  return { checkedOn, sources };
}
