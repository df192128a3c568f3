/**
 * Plain text of the safe inline tree, shared by the build's checks, search, read-aloud and
 * sharing as text. No Node imports, so the app and the build both use it.
 */
import type { Block, Inline } from './schema';

export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');
}

/** Each paragraph and list item as its own string. */
export function blocksText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.t === 'p' ? [inlineText(b.c)] : b.items.map(inlineText)));
}
