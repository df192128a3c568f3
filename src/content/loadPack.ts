/**
 * Fetches a content pack and proves it is whole before anything uses it: size limit, JSON,
 * schema, and a hash that matches the content. Loaded lazily: it is needed only when content
 * has to be (re)installed, not on an ordinary start.
 */
import * as v from 'valibot';
import { yieldToMain } from '../lib/yieldToMain';
import { packHash } from './fingerprint';
import { withGeneratedGuides } from './generatedGuides';
import { PackSchema, type Pack } from './schema';

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

export async function parsePack(text: string): Promise<Pack> {
  if (text.length > MAX_PACK_BYTES) throw new PackError('too-large', `${text.length} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PackError('not-json', 'the file is not JSON');
  }
  await yieldToMain();
  const result = v.safeParse(PackSchema, data);
  if (!result.success) throw new PackError('schema', result.issues[0]?.message ?? 'invalid');
  await yieldToMain();
  const pack = await withGeneratedGuides(result.output);
  await yieldToMain();
  if ((await packHash(pack)) !== pack.hash) throw new PackError('hash', 'content does not match its hash');
  return pack;
}

export async function fetchPack(url: string): Promise<Pack> {
  let text: string;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    throw new PackError('network', (error as Error).message);
  }
  return parsePack(text);
}
