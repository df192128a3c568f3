/**
 * Refuses text that carries script payloads. Screens render content as text (React escapes it),
 * so these would not run today; refusing them keeps a future renderer, a copied snippet or a
 * share feature from ever meeting one. Scheme checks run on a copy without spaces, control and
 * invisible characters, which browsers ignore inside a URL scheme ("java\tscript:").
 */
const MARKUP = /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta|base|form|math)\b/i;
const EVENT_HANDLER = /\bon[a-z]{3,}\s*=/i;
const SCRIPT_SCHEME = /(javascript|vbscript|livescript):|data:text\/html/i;
// Soft hyphen, zero-width characters and the BOM; control characters and spaces are dropped by code point.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

function withoutIgnoredCharacters(text: string): string {
  return [...text.replace(INVISIBLE, '')].filter((c) => (c.codePointAt(0) ?? 0) > 0x20).join('');
}

export function isUnsafeText(text: string): boolean {
  return MARKUP.test(text) || EVENT_HANDLER.test(text) || SCRIPT_SCHEME.test(withoutIgnoredCharacters(text));
}

/** The path of the first unsafe string anywhere in `value` ("guides.3.title"), or undefined. */
export function findUnsafeText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isUnsafeText(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findUnsafeText(child, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}
