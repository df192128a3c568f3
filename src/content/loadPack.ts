/**
 * Fetches a content pack and proves it is whole before anything uses it: size limit, JSON,
 * schema, and a hash that matches the content. Loaded lazily: it is needed only when content
 * has to be (re)installed, not on an ordinary start.
 */
import * as v from 'valibot';
import { yieldToMain } from '../lib/yieldToMain';
import { packHash } from './fingerprint';
import { withGeneratedGuides } from './generatedGuides';
import { PackEnvelopeSchema, PackSchema, type Pack } from './schema';

export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export class PackError extends Error {
  constructor(
    readonly code: 'network' | 'too-large' | 'not-json' | 'schema' | 'hash',
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'PackError';
  }
}

/**
 * @param builtHash the hash the build computed for the pack it ships (virtual:content-pack-meta),
 *   when the text is expected to be that pack. See {@link asTheBuiltPack}.
 */
export async function parsePack(text: string, builtHash?: string): Promise<Pack> {
  if (text.length > MAX_PACK_BYTES) throw new PackError('too-large', `${text.length} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PackError('not-json', 'the file is not JSON');
  }
  await yieldToMain();
  if (builtHash !== undefined) {
    const built = await asTheBuiltPack(data, builtHash);
    if (built) return built;
  }
  const result = v.safeParse(PackSchema, data);
  if (!result.success) throw new PackError('schema', result.issues[0]?.message ?? 'invalid');
  await yieldToMain();
  const pack = await withGeneratedGuides(result.output);
  await yieldToMain();
  if ((await packHash(pack)) !== pack.hash) throw new PackError('hash', 'content does not match its hash');
  return pack;
}

/**
 * The pack the app was built with, proven by its hash rather than checked field by field. The build
 * validated that pack and wrote its hash into the code; content that hashes to the same value is
 * that content (SHA-256), so the schema check — the slowest step of a phone's first start — would
 * only repeat the build's. The envelope (version, dates), which the hash does not cover, is still
 * checked. Anything else — another hash, a body that is not even pack-shaped — returns undefined,
 * and the caller runs every check, which then says what is wrong.
 */
async function asTheBuiltPack(data: unknown, builtHash: string): Promise<Pack | undefined> {
  if (!v.is(PackEnvelopeSchema, data) || data.hash !== builtHash) return undefined;
  try {
    // Unchecked until the hash below: generating the Cyrillic guides from a malformed body throws.
    const pack = await withGeneratedGuides(data as Pack);
    await yieldToMain();
    return (await packHash(pack)) === builtHash ? pack : undefined;
  } catch {
    return undefined;
  }
}

export async function fetchPack(url: string, builtHash?: string): Promise<Pack> {
  let text: string;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    throw new PackError('network', (error as Error).message);
  }
  return parsePack(text, builtHash);
}
