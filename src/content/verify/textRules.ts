/**
 * Two rules for every string in a pack's body.
 * - No hidden characters: no bidirectional controls (U+202E turns "+7 916…" around on screen), no
 *   zero-width or other invisible format characters, no control characters but tab and line
 *   break. They make a number, a title or a name look other than it is, and no text here needs one.
 * - Plain text only, an allow-list (it replaces a list of known attacks, which 11 of 35 payloads
 *   got past): the HTML tokenizer must read the text as nothing but text. So no "<" that opens a
 *   tag, a comment or a declaration (followed by a letter, "/", "!" or "?"), and no "&" that
 *   starts a character reference (followed by "#", a letter or a digit: "&#x3C;", "&lt;",
 *   "&colon;"). "2 < 3" and "A & B" stay. Addresses (url, href, website, telegram, email) have
 *   their own patterns in the schema and may hold "&" in a query; they may still hold no quote,
 *   angle bracket or space.
 * Screens render text as text (React escapes it), so neither rule is what protects today's
 * screens: they keep a future renderer, a copied snippet or a share feature from meeting markup.
 */
import type { PackBody } from '../schema';
import type { PackProblem } from './reasons';

// Format characters (bidi controls, zero-width, soft hyphen, BOM), line and paragraph separators,
// control characters but tab and line break, and the Hangul fillers that render as nothing. Three
// patterns, not one: V8 scans each alone about ten times faster than their union.
const HIDDEN = [/[\p{Cf}\p{Zl}\p{Zp}]/u, /[^\P{Cc}\t\n]/u, /[\u115f\u1160\u3164\uffa0]/];
const isHidden = (text: string) => HIDDEN.some((pattern) => pattern.test(text));
const MARKUP = /<[A-Za-z/!?]|&[#A-Za-z0-9]/;
const ADDRESS_FIELDS = new Set(['url', 'href', 'website', 'telegram', 'email']);
const UNSAFE_IN_ADDRESS = /[<>"'`\s]/;

interface Frame {
  value: unknown;
  key: string;
  /** The nearest property name: "title", "url", "uz" (for a string in a list, the list's name). */
  field: string;
  parent?: Frame;
}

function pathOf(frame: Frame): string {
  const keys: string[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/**
 * The paths ("guides.3.title") of every string in `value` that `isBad` refuses, depth-first in
 * order, with a stack instead of recursion. A path is spelled out only for a string refused.
 */
function refusedStrings(value: unknown, isBad: (text: string, field: string) => boolean): string[] {
  const refused: string[] = [];
  const stack: Frame[] = [{ value, key: '', field: '' }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const current = frame.value;
    if (typeof current === 'string') {
      if (isBad(current, frame.field)) refused.push(pathOf(frame));
    } else if (current !== null && typeof current === 'object') {
      const isList = Array.isArray(current);
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] ?? '';
        const child: unknown = Reflect.get(current, key);
        stack.push({ value: child, key, field: isList ? frame.field : key, parent: frame });
      }
    }
  }
  return refused;
}

export function isPlainText(text: string): boolean {
  return !MARKUP.test(text);
}

export function hiddenCharacterProblems(body: PackBody): PackProblem[] {
  return refusedStrings(body, isHidden).map((path) => ({
    reason: 'hidden-characters',
    detail: `${path} holds an invisible or direction character`,
  }));
}

export function unsafeTextProblems(body: PackBody): PackProblem[] {
  const unsafe = (text: string, field: string) =>
    ADDRESS_FIELDS.has(field) ? UNSAFE_IN_ADDRESS.test(text) : !isPlainText(text);
  return refusedStrings(body, unsafe).map((path) => ({
    reason: 'unsafe-text',
    detail: `${path} is not plain text`,
  }));
}
