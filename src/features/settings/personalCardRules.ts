/**
 * What the personal card accepts. Every field is optional; a filled field must look like what it
 * claims to be, so the officer card never shows a mistyped number as if it were right.
 */
import type { PersonalCard } from '../../db/personalCard';

export type PersonalCardField = keyof PersonalCard;
export type PersonalCardErrors = Partial<
  Record<PersonalCardField, 'invalidName' | 'invalidPassport' | 'invalidPatent' | 'invalidPhone'>
>;

const RULES: Record<PersonalCardField, [RegExp, NonNullable<PersonalCardErrors[PersonalCardField]>]> = {
  // Letters of any script, with spaces, hyphens and apostrophes (Oʻ, ʼ) between them.
  name: [/^[\p{L}\p{M}][\p{L}\p{M} '’ʻʼ.-]{0,79}$/u, 'invalidName'],
  passport: [/^[\p{L}\d][\p{L}\d ]{3,18}[\p{L}\d]$/u, 'invalidPassport'],
  patent: [/^[\p{L}\d№][\p{L}\d №/-]{3,28}[\p{L}\d]$/u, 'invalidPatent'],
  relativePhone: [/^\+[1-9]\d{7,14}$/, 'invalidPhone'],
};

/** Spaces, dashes and brackets people type in phone numbers are dropped before checking. */
export function normalizePersonalCard(card: PersonalCard): PersonalCard {
  return {
    name: card.name?.trim(),
    passport: card.passport?.trim().toUpperCase(),
    patent: card.patent?.trim(),
    relativePhone: card.relativePhone?.replace(/[\s()-]/g, ''),
  };
}

export function validatePersonalCard(card: PersonalCard): PersonalCardErrors {
  const errors: PersonalCardErrors = {};
  for (const field of Object.keys(RULES) as PersonalCardField[]) {
    const value = card[field];
    const [pattern, error] = RULES[field];
    if (value && !pattern.test(value)) errors[field] = error;
  }
  return errors;
}
