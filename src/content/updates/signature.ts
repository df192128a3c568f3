/**
 * Pack signatures: Ed25519 over the canonical JSON of the pack header. The header's hash already
 * covers the body, so signing the small header signs everything (and lets the app check the
 * signature before it reads the body: see verify/verifyPack.ts), and the
 * signature survives re-serialisation (key order, spacing) because both sides use canonical JSON.
 * Verification uses the library's strict (RFC 8032) rules, not ZIP-215, so one message has one
 * valid encoding of a signature and no "same signature, other bytes" variant is accepted.
 */
import { etc, getPublicKeyAsync, signAsync, verifyAsync } from '@noble/ed25519';
import { canonicalJson } from '../fingerprint';
import type { Pack } from '../schema';

export type PackHeader = Pick<Pack, 'format' | 'version' | 'createdAt' | 'minAppVersion' | 'hash'>;

export function packHeader(pack: PackHeader): PackHeader {
  const { format, version, createdAt, minAppVersion, hash } = pack;
  return { format, version, createdAt, minAppVersion, hash };
}

/** The exact bytes that are signed. */
export function signedBytes(pack: PackHeader): Uint8Array {
  return new TextEncoder().encode(canonicalJson(packHeader(pack)));
}

/** Lowercase hex of exactly `bytes` bytes, or an error naming what was expected. */
export function keyFromHex(hex: string, bytes: number, what: string): Uint8Array {
  const trimmed = hex.trim();
  if (!new RegExp(`^[0-9a-f]{${bytes * 2}}$`).test(trimmed)) {
    throw new Error(`${what} must be ${bytes * 2} lowercase hexadecimal characters`);
  }
  return etc.hexToBytes(trimmed);
}

export async function publicKeyFor(secretKeyHex: string): Promise<string> {
  return etc.bytesToHex(await getPublicKeyAsync(keyFromHex(secretKeyHex, 32, 'The private key')));
}

export async function signPack(pack: Pack, secretKeyHex: string): Promise<Pack & { signature: string }> {
  const secretKey = keyFromHex(secretKeyHex, 32, 'The private key');
  const signature = etc.bytesToHex(await signAsync(signedBytes(pack), secretKey));
  return { ...pack, signature };
}

/** True only for a well-formed signature by exactly this public key over this pack's header. */
export async function hasValidSignature(
  pack: PackHeader & { signature?: string },
  publicKeyHex: string,
): Promise<boolean> {
  if (!pack.signature) return false;
  try {
    const signature = keyFromHex(pack.signature, 64, 'The signature');
    const publicKey = keyFromHex(publicKeyHex, 32, 'The public key');
    return await verifyAsync(signature, signedBytes(pack), publicKey, { zip215: false });
  } catch {
    return false; // a malformed signature or key is simply not a valid signature
  }
}
