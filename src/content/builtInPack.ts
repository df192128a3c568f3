/**
 * The pack this build ships, through the one verifier (verify/verifyPack.ts): fetched from the
 * precache, or read from inside the single-file edition. Proven by the hash the build wrote into
 * the code, so a phone's first start does not repeat the build's checks. Loaded lazily: it is
 * needed only when content has to be (re)installed, not on an ordinary start.
 */
import { downloadPack } from './updates/download';
import type { PackRefusal } from './verify/reasons';
import type { Pack } from './schema';
import { verifyPack } from './verify/verifyPack';

/** The built-in pack could not be used; `message` is its reason ("network", "hash", …). */
export class BuiltInPackRefused extends Error {
  override name = 'BuiltInPackRefused';
  constructor(readonly refusal: PackRefusal) {
    super(refusal.detail ? `${refusal.reason}: ${refusal.detail}` : refusal.reason);
  }
}

/** The pack as text (the single-file edition's) or at an address (the precached file). */
export async function loadBuiltInPack(
  from: { text: string } | { url: string },
  builtHash: string,
): Promise<Pack> {
  let input: string | Uint8Array;
  if ('text' in from) input = from.text;
  else {
    const download = await downloadPack(from.url);
    if (!download.ok) throw new BuiltInPackRefused(download);
    input = download.bytes;
  }
  const verified = await verifyPack(input, { kind: 'built-in', builtHash });
  if (!verified.ok) throw new BuiltInPackRefused(verified);
  return verified.pack;
}
