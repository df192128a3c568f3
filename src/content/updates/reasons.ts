/**
 * Why an update was not applied. Every check has its own reason, so the person sees what went
 * wrong in their language (locales/<lang>/updates.json, "reason.<reason>") and tests can tell the
 * checks apart. Kept free of imports: the database rows and the screens use these names too.
 */
export const UPDATE_REJECTIONS = [
  'too-large',
  'not-json',
  'truncated',
  'schema',
  'unsafe-text',
  'hash',
  'unsigned',
  'signature',
  'not-newer',
  'app-too-old',
  'network',
  'storage-full',
  'storage',
] as const;

export type UpdateRejection = (typeof UPDATE_REJECTIONS)[number];

/** A refused update, with the numbers its message needs. */
export interface UpdateRefusal {
  ok: false;
  reason: UpdateRejection;
  /** The version the update offered and the one installed (for "not newer"). */
  offered?: number;
  installed?: number;
  /** The app version the update needs (for "app too old"). */
  needsApp?: string;
}

export function refuse(
  reason: UpdateRejection,
  details: Omit<UpdateRefusal, 'ok' | 'reason'> = {},
): UpdateRefusal {
  return { ok: false, reason, ...details };
}
