/**
 * Decides whether an update may be installed. Every check has its own reason; the first that
 * fails is returned, and nothing here touches the database. Order:
 *   size → UTF-8 JSON → envelope schema → newer than installed → full schema (strict: unknown
 *   fields refused) → no script payloads → hash matches the body → signed → signature by the
 *   shipped key → this app is new enough.
 * "Not newer" comes early on purpose: an equal or older pack online only means "up to date",
 * whatever it holds, because it is never installed. Only a correctly signed pack can ask the
 * person to update the app.
 */
import * as v from 'valibot';
import { packHash } from '../fingerprint';
import { withGeneratedGuides } from '../generatedGuides';
import { MAX_PACK_BYTES } from '../loadPack';
import { PackEnvelopeSchema, PackSchema, type Pack } from '../schema';
import { appSatisfies } from './appVersion';
import { refuse, type UpdateRefusal } from './reasons';
import { hasValidSignature } from './signature';
import { findUnsafeText } from './unsafeText';

export interface UpdateExpectations {
  /** Only versions above this are accepted (the installed version, or a rolled-back one). */
  newerThan: number;
  appVersion: string;
  publicKey: string;
}

export type Verified = { ok: true; pack: Pack & { signature: string } } | UpdateRefusal;

type Json = { ok: true; value: unknown } | UpdateRefusal;

function parseJson(bytes: Uint8Array): Json {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not-json');
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Empty, or a JSON object that stops or breaks part-way: most likely a download or copy that
    // did not finish, which deserves a different message from "this is not an update at all".
    const start = text.trimStart();
    return refuse(start === '' || start.startsWith('{') ? 'truncated' : 'not-json');
  }
}

export async function verifyUpdate(bytes: Uint8Array, expect: UpdateExpectations): Promise<Verified> {
  if (bytes.byteLength > MAX_PACK_BYTES) return refuse('too-large');
  const json = parseJson(bytes);
  if (!json.ok) return json;
  // "Not newer" is the usual answer of an online check: decided from the envelope alone, before
  // the body is checked and the Cyrillic guides are made (on a phone, most of a check's work).
  const envelope = v.safeParse(PackEnvelopeSchema, json.value);
  if (!envelope.success) return refuse('schema');
  if (envelope.output.version <= expect.newerThan) {
    return refuse('not-newer', { offered: envelope.output.version, installed: expect.newerThan });
  }
  const parsed = v.safeParse(PackSchema, json.value);
  if (!parsed.success) return refuse('schema');
  const pack = await withGeneratedGuides(parsed.output);
  if (findUnsafeText(pack) !== undefined) return refuse('unsafe-text');
  if ((await packHash(pack)) !== pack.hash) return refuse('hash');
  const { signature } = pack;
  if (signature === undefined) return refuse('unsigned');
  if (!(await hasValidSignature(pack, expect.publicKey))) return refuse('signature');
  if (!appSatisfies(expect.appVersion, pack.minAppVersion)) {
    return refuse('app-too-old', { needsApp: pack.minAppVersion });
  }
  return { ok: true, pack: { ...pack, signature } };
}
