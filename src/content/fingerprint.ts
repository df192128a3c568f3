/**
 * A pack's identity: SHA-256 over a canonical JSON form of its body (guides, contacts, phrases,
 * regions and the officer card).
 * Canonical means object keys sorted at every level, so the same content always gives the same
 * hash, whatever order a tool wrote the keys in. Used by the build, by the app when it checks a
 * pack before installing it, and shown (shortened) on the about screen so volunteers can tell a
 * genuine copy from a changed one.
 */
import { yieldToMain } from '../lib/yieldToMain';
import type { PackBody } from './schema';

// Written as plain loops that append to one string: it runs over the whole pack on the phone
// before every install, and this is about three times faster than map/filter/join.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? '';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  // The default sort compares UTF-16 code units, like `<`; keys holding undefined are left out,
  // as JSON.stringify leaves them out.
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(item);
  }
  return out + '}';
}

/** The parts of a pack's body, in the order canonicalJson sorts them. */
const BODY_KEYS = ['cards', 'contacts', 'guides', 'phrases', 'regions'] as const;
const ITEMS_PER_SLICE = 16;

/**
 * canonicalJson of a pack body as UTF-8 — the same bytes — made a few items at a time with pauses
 * between. In one piece, writing the string and then encoding it were two long tasks on a phone's
 * first start (about 200 ms and 60 ms at a quarter of a desktop's speed). Each slice is encoded on
 * its own: slices end between JSON tokens, never inside a character, so the bytes are the same.
 */
export async function canonicalBodyBytes(body: PackBody): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const slices: Uint8Array[] = [];
  let text = '{';
  const endSlice = async () => {
    slices.push(encoder.encode(text));
    text = '';
    await yieldToMain();
  };
  let first = true;
  for (const key of BODY_KEYS) {
    const items: unknown = body[key];
    if (items === undefined) continue;
    text += (first ? '' : ',') + JSON.stringify(key) + ':';
    first = false;
    if (!Array.isArray(items)) {
      text += canonicalJson(items);
      continue;
    }
    text += '[';
    for (let i = 0; i < items.length; i++) {
      text += (i > 0 ? ',' : '') + canonicalJson(items[i]);
      if (i % ITEMS_PER_SLICE === ITEMS_PER_SLICE - 1) await endSlice();
    }
    text += ']';
  }
  text += '}';
  slices.push(encoder.encode(text));
  const bytes = new Uint8Array(slices.reduce((sum, slice) => sum + slice.length, 0));
  let offset = 0;
  for (const slice of slices) {
    bytes.set(slice, offset);
    offset += slice.length;
  }
  return bytes;
}

export async function packHash(body: PackBody): Promise<string> {
  // Every part of the body, named explicitly: extra fields on the object passed in do not count.
  const digest = await crypto.subtle.digest('SHA-256', await canonicalBodyBytes(body));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The short form people compare by eye: four groups of four hex digits. */
export function shortFingerprint(hash: string): string {
  return (hash.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
