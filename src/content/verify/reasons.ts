/**
 * Why a pack was not used: one vocabulary for every pack (built-in, downloaded or imported) and
 * for what can go wrong around it (the connection, the phone's storage). Every check has its own
 * reason, so the person sees what went wrong in their language (locales/<lang>/updates.json,
 * "reason.<reason>") and tests can tell the checks apart. Kept free of imports: the database rows
 * and the screens use these names too, so a shipped name is never renamed.
 */
export const PACK_REJECTIONS = [
  // The file itself (verify/verifyPack.ts, in the order the checks run).
  'too-large',
  'web-page',
  'not-json',
  'truncated',
  'schema',
  'unsigned',
  'signature',
  'not-newer',
  'app-too-old',
  'hash',
  // What the schema cannot see (verify/sense.ts).
  'incomplete',
  'duplicate',
  'broken-link',
  'wrong-number',
  'hidden-characters',
  'unsafe-text',
  // Around the pack: the download and this phone.
  'network',
  'storage-full',
  'storage',
  'content-lost',
] as const;

export type PackRejection = (typeof PACK_REJECTIONS)[number];

/** A refused pack, with the numbers its message needs. */
export interface PackRefusal {
  ok: false;
  reason: PackRejection;
  /** The version the update offered and the one installed (for "not newer"). */
  offered?: number;
  installed?: number;
  /** The app version the update needs (for "app too old"). */
  needsApp?: string;
  /** Where it failed, in English, for pack:sign and the build ("guides.en:detention links …"); never shown in the app. */
  detail?: string;
}

/** One rule a pack breaks, with where (the build and pack:sign list every one; a phone needs the first). */
export interface PackProblem {
  reason: PackRejection;
  /** Where, in English: "guide en:detention links contact:nobody, which is not in the pack". */
  detail: string;
}

export function refuse(reason: PackRejection, details: Omit<PackRefusal, 'ok' | 'reason'> = {}): PackRefusal {
  return { ok: false, reason, ...details };
}
