/**
 * A pack's header — format, version, dates, hash and signature — read without parsing its body.
 * The signature covers only the header (the header's hash covers the body), so an update can be
 * refused as unsigned or wrongly signed before any of its body is parsed, checked or hashed: who
 * sends a file cannot choose what the app's heavier code is made to read.
 *
 * The text is scanned once, left to right, without recursion and without building the body: a
 * nested value is skipped by counting brackets outside strings, so a body nested 100,000 levels
 * deep costs a loop, never a stack. Only the header's values, small by definition, are handed to
 * JSON.parse. The scan is lenient inside the body (JSON.parse checks it later, once the signature
 * is known to be good) and strict where the header is concerned: a key given twice is refused,
 * because JSON.parse would keep the last one while the signature was checked on the first.
 */
import { refuse, type PackRefusal } from './reasons';

export const HEADER_KEYS = ['format', 'version', 'createdAt', 'minAppVersion', 'hash', 'signature'] as const;
const IS_HEADER_KEY = new Set<string>(HEADER_KEYS);
/** Far above any real header value (a signature is 128 characters): a longer one is not a header. */
const MAX_HEADER_VALUE = 256;

export type HeaderScan = { ok: true; header: Record<string, unknown> } | PackRefusal;

class Stop extends Error {
  constructor(readonly refusal: PackRefusal) {
    super(refusal.reason);
  }
}

/**
 * Once the text has opened like a pack ("{"), anything that breaks its form is most likely a
 * download or copy that stopped part-way or was damaged, which deserves its own message.
 */
const damaged = () => new Stop(refuse('truncated'));

const WHITESPACE = /[ \t\n\r]*/y;
/** The next character that opens or closes a value, or a string. */
const STRUCTURE = /["[\]{}]/g;
/** Where a number, true, false or null ends. */
const PRIMITIVE_END = /[\s,}\]]/g;

function skipWhitespace(text: string, at: number): number {
  WHITESPACE.lastIndex = at;
  WHITESPACE.test(text);
  return WHITESPACE.lastIndex;
}

/** The index just after the string that opens at `at`. */
function skipString(text: string, at: number): number {
  let end = at;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end === -1) throw damaged();
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
  }
}

/** The index just after the value that starts at `at` (skipped, not read). */
function skipValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first !== '{' && first !== '[') {
    PRIMITIVE_END.lastIndex = at;
    const end = PRIMITIVE_END.exec(text);
    if (!end || end.index === at) throw damaged();
    return end.index;
  }
  let depth = 0;
  STRUCTURE.lastIndex = at;
  for (;;) {
    const found = STRUCTURE.exec(text);
    if (!found) throw damaged();
    const sign = found[0];
    if (sign === '"') STRUCTURE.lastIndex = skipString(text, found.index);
    else if (sign === '{' || sign === '[') depth++;
    else if (--depth === 0) return found.index + 1;
  }
}

function parseSmall(text: string): unknown {
  if (text.length > MAX_HEADER_VALUE)
    throw new Stop(refuse('schema', { detail: 'a header value is too long' }));
  try {
    return JSON.parse(text);
  } catch {
    throw damaged();
  }
}

function consume(text: string, at: number, sign: string): number {
  if (text[at] !== sign) throw damaged();
  return skipWhitespace(text, at + 1);
}

/** Why a text that does not open with "{" is not a pack: a web page, another JSON value, or not JSON at all. */
function notAnObject(first: string | undefined): Stop {
  if (first === undefined) return new Stop(refuse('truncated')); // an empty file
  if (first === '<') return new Stop(refuse('web-page')); // a network's sign-in page (captive portal), a saved page
  if (/["[\d\-tfn]/.test(first)) return new Stop(refuse('schema')); // JSON, but not an object
  return new Stop(refuse('not-json'));
}

/** Reads one `"key": value` of the top level; returns where the text goes on after it. */
function readMember(text: string, at: number, header: Record<string, unknown>, seen: Set<string>): number {
  if (text[at] !== '"') throw damaged();
  const keyEnd = skipString(text, at);
  const key = String(parseSmall(text.slice(at, keyEnd)));
  if (seen.has(key)) throw new Stop(refuse('schema', { detail: `"${key}" is given twice` }));
  seen.add(key);
  const valueStart = consume(text, skipWhitespace(text, keyEnd), ':');
  const valueEnd = skipValue(text, valueStart);
  if (IS_HEADER_KEY.has(key)) header[key] = parseSmall(text.slice(valueStart, valueEnd));
  return skipWhitespace(text, valueEnd);
}

function scanTopLevel(text: string): Record<string, unknown> {
  const start = skipWhitespace(text, 0);
  if (text[start] !== '{') throw notAnObject(text[start]);
  let at = skipWhitespace(text, start + 1);
  const header: Record<string, unknown> = {};
  const seen = new Set<string>();
  if (text[at] !== '}') {
    for (;;) {
      at = readMember(text, at, header, seen);
      if (text[at] === '}') break;
      at = consume(text, at, ',');
    }
  }
  if (skipWhitespace(text, at + 1) !== text.length) throw damaged();
  return header;
}

/** The header fields present at the top level of `text`, or why the text is not a pack at all. */
export function scanHeader(text: string): HeaderScan {
  try {
    return { ok: true, header: scanTopLevel(text) };
  } catch (error) {
    if (error instanceof Stop) return error.refusal;
    throw error;
  }
}

/** The header fields of a pack already parsed whole (the built-in pack, which has no signature to check first). */
export function headerOf(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const header: Record<string, unknown> = {};
  for (const key of HEADER_KEYS) if (Object.hasOwn(value, key)) header[key] = Reflect.get(value, key);
  return header;
}
