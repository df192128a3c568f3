/** The person's-language sentence for a refused update, with its numbers filled in. */
import type { TFunction } from 'i18next';
import type { PackRefusal } from '../../content/verify/reasons';

export function refusalMessage(t: TFunction, refusal: Omit<PackRefusal, 'ok'>): string {
  const { offered, installed, needsApp } = refusal;
  return t(`updates.reason.${refusal.reason}`, { offered, installed, needsApp });
}
