/**
 * A pack's identity: SHA-256 over a canonical JSON form of its body (guides, contacts, phrases,
 * regions and the officer card).
 * Canonical means object keys sorted at every level, so the same content always gives the same
 * hash, whatever order a tool wrote the keys in. Used by the build, by the app when it checks a
 * pack before installing it, and shown (shortened) on the about screen so volunteers can tell a
 * genuine copy from a changed one.
 */
import type { PackBody } from './schema';

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function packHash(body: PackBody): Promise<string> {
  // Every part of the body, named explicitly: extra fields on the object passed in do not count.
  const { guides, contacts, phrases, regions, cards } = body;
  const bytes = new TextEncoder().encode(canonicalJson({ guides, contacts, phrases, regions, cards }));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The short form people compare by eye: four groups of four hex digits. */
export function shortFingerprint(hash: string): string {
  return (hash.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
