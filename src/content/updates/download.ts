/**
 * Downloads a pack (an update, or the built-in pack from the precache) with a hard size limit
 * that does not trust the server's Content-Length: the body is read chunk by chunk and abandoned
 * as soon as it passes the limit. A connection that drops part-way is a network failure, never
 * half a pack.
 */
import { MAX_PACK_BYTES } from '../constants';
import { refuse, type PackRefusal } from '../verify/reasons';

export type Download = { ok: true; bytes: Uint8Array } | PackRefusal;

export async function downloadPack(url: string, limit = MAX_PACK_BYTES): Promise<Download> {
  try {
    // 'no-cache' always asks the site, but with the saved copy's ETag or date: a site that answers
    // "not modified" (304) sends no body, so a check with nothing new costs a few hundred bytes
    // instead of the whole pack (about 115 KB) — on prepaid data, four or more times a day.
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok || !response.body) return refuse('network');
    if (Number(response.headers.get('Content-Length') ?? 0) > limit) {
      await response.body.cancel();
      return refuse('too-large');
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return refuse('too-large');
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { ok: true, bytes };
  } catch {
    return refuse('network');
  }
}
