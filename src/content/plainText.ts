/**
 * Plain text and links of the safe inline tree, shared by the build's checks, the pack's sense
 * checks, search, read-aloud and sharing as text. No Node imports, so the app and the build both
 * use it.
 */
import type { Block, Guide, Inline } from './schema';

export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');
}

/** Each paragraph and list item as its own string. */
export function blocksText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.t === 'p' ? [inlineText(b.c)] : b.items.map(inlineText)));
}

/** A link as the reader sees it: where it goes and the text it shows. */
export interface InlineLink {
  href: string;
  text: string;
}

function linksIn(nodes: readonly Inline[]): InlineLink[] {
  return nodes.flatMap((n) =>
    n.t === 'text'
      ? []
      : [...(n.t === 'link' ? [{ href: n.href, text: inlineText(n.c) }] : []), ...linksIn(n.c)],
  );
}

/** Every link in a guide's sections, in reading order. */
export function guideLinks(guide: Guide): InlineLink[] {
  return guide.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.t === 'p' ? linksIn(b.c) : b.items.flatMap(linksIn))),
  );
}
