import type { PersonalCard } from '../../db/personalCard';

/**
 * Labels of the personal details on the officer card. The officer reads Russian, so these are
 * Russian whatever language the app is in — like the card's own Russian text. Kept here rather
 * than read from locales/ru (which may not be loaded); worded as the Russian form's labels
 * (locales/ru/card.json), and a test keeps the two the same.
 */
export const OFFICER_LABELS = [
  ['name', 'Фамилия и имя'],
  ['passport', 'Номер паспорта'],
  ['patent', 'Номер патента'],
  ['relativePhone', 'Телефон родственника'],
] as const satisfies readonly (readonly [keyof PersonalCard, string])[];
