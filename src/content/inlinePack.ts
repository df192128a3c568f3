/**
 * The single-file edition's pack. To fit the file's size budget it comes without the Uzbek
 * Cyrillic guides (scripts/vite-plugin-content.ts leaves them out): the build generates them from
 * the Uzbek Latin ones, and so does this, with the same code and word list and in the same order
 * (see build/pack.ts). The result must match the pack's hash, so a difference cannot go unnoticed.
 */
import { parsePack } from './loadPack';
import type { Pack } from './schema';

/** The same checks as any pack (size, JSON, schema, generated guides, hash), proven by the build's hash. */
export function unpackInlinePack(text: string, builtHash: string): Promise<Pack> {
  return parsePack(text, builtHash);
}
