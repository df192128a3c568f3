/**
 * The single-file edition's pack. To fit the file's size budget it comes without the Uzbek
 * Cyrillic guides (scripts/vite-plugin-content.ts leaves them out): the build generates them from
 * the Uzbek Latin ones, and so does this, with the same code and word list and in the same order
 * (see build/pack.ts). The result must match the pack's hash, so a difference cannot go unnoticed.
 */
import * as v from 'valibot';
import { withGeneratedGuides } from './generatedGuides';
import { packHash } from './fingerprint';
import { PackError } from './loadPack';
import { PackSchema, type Pack } from './schema';

export async function unpackInlinePack(text: string): Promise<Pack> {
  const result = v.safeParse(PackSchema, JSON.parse(text));
  if (!result.success) throw new PackError('schema', result.issues[0]?.message ?? 'invalid');
  const pack = await withGeneratedGuides(result.output);
  if ((await packHash(pack)) !== pack.hash) throw new PackError('hash', 'content does not match its hash');
  return pack;
}
