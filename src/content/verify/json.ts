/**
 * A pack's bytes as JSON: UTF-8 text, parsed whole, and a bound on nesting that is checked
 * without recursion, so that no deeper code (the schema, the Cyrillic generation, the text rules)
 * ever meets more levels than a real pack has.
 */
import { scanHeader } from './header';
import { refuse, type PackRefusal } from './reasons';

/** Deeper than any pack (a real one nests 12 levels). */
export const MAX_DEPTH = 32;

export function utf8Text(input: Uint8Array | string): string | undefined {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return undefined;
  }
}

/** The text parsed whole; when JSON.parse refuses it, the header scan says why (a web page, cut short…). */
export function parseWhole(text: string): { ok: true; value: unknown } | PackRefusal {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const scan = scanHeader(text);
    return scan.ok ? refuse('truncated') : scan;
  }
}

export function nestedDeeperThan(value: unknown, limit = MAX_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > limit) return true;
    if (node === null || typeof node !== 'object') continue;
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
