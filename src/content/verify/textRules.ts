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

const HIDDEN = /[\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0]|[^\P{Cc}\t\n]/u;
const MARKUP = /<[A-Za-z/!?]|&[#A-Za-z0-9]/;
const ADDRESS_FIELDS = new Set(['url', 'href', 'website', 'telegram', 'email']);
const UNSAFE_IN_ADDRESS = /[<>"'`\s]/;

interface Found {
  path: string;
  /** The nearest property name: "title", "url", "uz" (for a string in a list, the list's name). */
  field: string;
  text: string;
}

/** Every string in `value`, depth-first, with a stack instead of recursion (any depth is safe). */
function everyString(value: unknown): Found[] {
  const found: Found[] = [];
  const stack: { value: unknown; path: string; field: string }[] = [{ value, path: '', field: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value: current, path, field } = item;
    if (typeof current === 'string') found.push({ path, field, text: current });
    else if (current !== null && typeof current === 'object') {
      const isList = Array.isArray(current);
      for (const [key, child] of Object.entries(current).reverse()) {
        stack.push({ value: child, path: path ? `${path}.${key}` : key, field: isList ? field : key });
      }
    }
  }
  return found;
}

export function isPlainText(text: string): boolean {
  return !MARKUP.test(text);
}

export function hiddenCharacterProblems(body: PackBody): PackProblem[] {
  return everyString(body)
    .filter(({ text }) => HIDDEN.test(text))
    .map(({ path }) => ({
      reason: 'hidden-characters',
      detail: `${path} holds an invisible or direction character`,
    }));
}

export function unsafeTextProblems(body: PackBody): PackProblem[] {
  return everyString(body)
    .filter(({ field, text }) =>
      ADDRESS_FIELDS.has(field) ? UNSAFE_IN_ADDRESS.test(text) : !isPlainText(text),
    )
    .map(({ path }) => ({ reason: 'unsafe-text', detail: `${path} is not plain text` }));
}
