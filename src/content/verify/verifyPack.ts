/**
 * The one way a pack is checked: the pack this build ships, an update from the site, a file passed
 * on by messenger, and a pack about to be signed (pack:sign). The first step that fails is the
 * answer, with its reason (reasons.ts). Nothing here touches the database, and nothing here throws:
 * an exception while checking is a refusal ('schema'), never a crash or a storage message.
 *
 *    1. size                           too-large
 *    2. UTF-8 text                     not-json
 *    3. the header (header.ts)         web-page, not-json, truncated, schema
 *    4. envelope                       schema (format, version 1 to 2^31, dates, hash, signature form)
 *    5. signature (updates only)       unsigned, signature
 *    6. newer than installed           not-newer
 *    7. this app is new enough         app-too-old
 *    8. the body as JSON               truncated, schema (nested deeper than any pack)
 *    9. schema, strict                 schema
 *   10. Uzbek Cyrillic made, hash      hash
 *   11. sense (sense.ts)               incomplete, duplicate, broken-link, hidden-characters, wrong-number
 *   12. plain text (textRules.ts)      unsafe-text
 *
 * For an update, steps 1–7 read the header alone: an unsigned or wrongly signed file, and the
 * usual "not newer" of an online check, never reach the parser, the schema, the Cyrillic
 * generation or the hash. Only a correctly signed pack can ask the person to update the app.
 * The built-in pack comes from the app's own site and has no signature: it is parsed whole at
 * step 3, and when its body hashes to the value the build wrote into the code, steps 9, 11 and 12
 * are skipped — the build ran them on the same content (SHA-256), and the schema is the slowest
 * part of a phone's first start. Any other built-in body gets every step.
 */
import * as v from 'valibot';
import { yieldToMain } from '../../lib/yieldToMain';
import { MAX_PACK_BYTES } from '../constants';
import { canonicalJson, packHash } from '../fingerprint';
import { withGeneratedGuides } from '../generatedGuides';
import { PackEnvelopeSchema, PackSchema, type Pack, type PackBody } from '../schema';
import { appSatisfies } from '../updates/appVersion';
import { headerOf, scanHeader } from './header';
import { MAX_DEPTH, nestedDeeperThan, parseWhole, utf8Text } from './json';
import { refuse, type PackRefusal } from './reasons';
import { senseProblems } from './sense';
import { unsafeTextProblems } from './textRules';

export type PackOrigin =
  /** Online or from a file: signed by the shipped key, newer than what is installed. */
  | { kind: 'update'; publicKey: string; newerThan: number; appVersion: string }
  /** The pack this build ships (from the precache, or inside the single-file edition). */
  | { kind: 'built-in'; builtHash: string }
  /** pack:sign's input: every check but the signature it is about to get. */
  | { kind: 'to-sign' };

export type Verified = { ok: true; pack: Pack } | PackRefusal;

type Envelope = v.InferOutput<typeof PackEnvelopeSchema>;
type Step<T> = ({ ok: true } & T) | PackRefusal;

function issueDetail(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path || 'pack'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Step 3. An update's header is scanned out of the text, its body left unparsed until the
 * signature is known to be good; a pack without a signature to check first is parsed whole.
 */
function readHeader(
  text: string,
  origin: PackOrigin,
): Step<{ header: Record<string, unknown>; whole?: unknown }> {
  if (origin.kind === 'update') return scanHeader(text);
  const parsed = parseWhole(text);
  if (!parsed.ok) return parsed;
  return { ok: true, header: headerOf(parsed.value) ?? {}, whole: parsed.value };
}

/** Steps 4–7: what the header alone decides. */
async function checkHeader(
  header: Record<string, unknown>,
  origin: PackOrigin,
): Promise<Step<{ envelope: Envelope }>> {
  const envelope = v.safeParse(PackEnvelopeSchema, header);
  if (!envelope.success) return refuse('schema', { detail: issueDetail(envelope.issues) });
  const checked = envelope.output;
  if (origin.kind !== 'update') return { ok: true, envelope: checked };
  if (checked.signature === undefined) return refuse('unsigned');
  const { hasValidSignature } = await import('../updates/signature'); // only updates need it
  if (!(await hasValidSignature(checked, origin.publicKey))) return refuse('signature');
  if (checked.version <= origin.newerThan)
    return refuse('not-newer', { offered: checked.version, installed: origin.newerThan });
  if (!appSatisfies(origin.appVersion, checked.minAppVersion))
    return refuse('app-too-old', { needsApp: checked.minAppVersion });
  return { ok: true, envelope: checked };
}

function bodyOf(value: object): Record<keyof PackBody, unknown> {
  const get = (key: keyof PackBody) => Reflect.get(value, key);
  return {
    guides: get('guides'),
    contacts: get('contacts'),
    phrases: get('phrases'),
    regions: get('regions'),
    cards: get('cards'),
  };
}

/** The built-in pack proven by the build's hash, or undefined to run every check. */
async function provenByBuild(
  value: object,
  envelope: Envelope,
  builtHash: string,
): Promise<Pack | undefined> {
  if (envelope.hash !== builtHash) return undefined;
  try {
    // Unchecked until the hash below: generating the Cyrillic guides from a malformed body throws.
    const pack = await withGeneratedGuides({ ...envelope, ...(bodyOf(value) as PackBody) });
    await yieldToMain();
    return (await packHash(pack)) === builtHash ? pack : undefined;
  } catch {
    return undefined;
  }
}

/** Steps 8–12: the body, for any pack not proven by the build. */
async function checkBody(whole: unknown): Promise<Verified> {
  if (nestedDeeperThan(whole)) return refuse('schema', { detail: `nested deeper than ${MAX_DEPTH} levels` });
  const parsed = v.safeParse(PackSchema, whole);
  if (!parsed.success) return refuse('schema', { detail: issueDetail(parsed.issues) });
  await yieldToMain();
  const pack = await withGeneratedGuides(parsed.output);
  if ((await packHash(pack)) !== pack.hash) return refuse('hash');
  const problem = senseProblems(pack)[0] ?? unsafeTextProblems(pack)[0];
  return problem ? refuse(problem.reason, { detail: problem.detail }) : { ok: true, pack };
}

async function checkInOrder(input: Uint8Array | string, origin: PackOrigin): Promise<Verified> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_PACK_BYTES) return refuse('too-large');
  const text = utf8Text(input);
  if (text === undefined) return refuse('not-json');
  const read = readHeader(text, origin);
  if (!read.ok) return read;
  const header = await checkHeader(read.header, origin);
  if (!header.ok) return header;
  let whole = read.whole;
  if (whole === undefined) {
    const parsed = parseWhole(text);
    if (!parsed.ok) return parsed;
    whole = parsed.value;
    // The scan refused a key given twice, so this holds; it is the proof that the signed header is the parsed one.
    if (canonicalJson(headerOf(whole)) !== canonicalJson(read.header)) return refuse('schema');
  }
  await yieldToMain();
  if (whole === null || typeof whole !== 'object') return refuse('schema');
  if (origin.kind === 'built-in') {
    const proven = await provenByBuild(whole, header.envelope, origin.builtHash);
    if (proven) return { ok: true, pack: proven };
  }
  return checkBody(whole);
}

export async function verifyPack(input: Uint8Array | string, origin: PackOrigin): Promise<Verified> {
  try {
    return await checkInOrder(input, origin);
  } catch (error) {
    // Whatever went wrong inside a check, the pack is not used, and the reason is its form.
    return refuse('schema', { detail: `the check stopped: ${String(error)}` });
  }
}
