import type { PersonalCard } from '../../db/personalCard';

/**
 * Labels of the personal details on the officer card. The officer reads Russian, so these are
 * Russian whatever language the app is in — like the card's own Russian text.
 */
export const OFFICER_LABELS = [
  ['name', 'Фамилия, имя'],
  ['passport', 'Номер паспорта'],
  ['patent', 'Номер патента'],
  ['relativePhone', 'Телефон родственника'],
] as const satisfies readonly (readonly [keyof PersonalCard, string])[];
