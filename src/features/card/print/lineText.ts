/**
 * A card line in the form the person chose on the personal card («гражданка» for a woman), as the
 * on-screen card shows it (CardScreen.tsx has the same rule). Kept here so the print chunk does not
 * load the on-screen card.
 */
import type { OfficerCard } from '../../../content/schema';
import type { PersonalCard } from '../../../db/personalCard';
import type { Lang } from '../../../i18n/languages';

type Line = OfficerCard['lines'][number];

/** Whether the saved card asks for the female form; nothing saved (or locked) means no. */
export function wantsFemaleForm(personal: PersonalCard | null | undefined): boolean {
  return !!personal && 'gender' in personal && personal.gender === 'female';
}

export function lineText(line: Line, lang: Lang, female: boolean): string {
  return (female && line.female ? line.female : line.text)[lang];
}
