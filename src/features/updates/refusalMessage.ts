/** The person's-language sentence for a refused update, with its numbers filled in. */
import type { TFunction } from 'i18next';
import type { UpdateRefusal } from '../../content/updates/reasons';

export function refusalMessage(t: TFunction, refusal: Omit<UpdateRefusal, 'ok'>): string {
  const { offered, installed, needsApp } = refusal;
  return t(`updates.reason.${refusal.reason}`, { offered, installed, needsApp });
}
