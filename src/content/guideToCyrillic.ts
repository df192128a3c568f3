/**
 * A Uzbek Latin guide as Uzbek Cyrillic: only visible text changes; link targets, ids, dates and
 * source titles (the documents' own names) stay as written. Shared by the content build and the
 * single-file edition, which regenerates the Cyrillic guides at start (so it has no Node imports).
 */
import type { Block, Guide, Inline, Section } from './schema';

export type ToCyrillic = (latin: string) => string;

function inlineToCyrillic(nodes: Inline[], toCyrillic: ToCyrillic): Inline[] {
  return nodes.map((n) =>
    n.t === 'text' ? { t: 'text', v: toCyrillic(n.v) } : { ...n, c: inlineToCyrillic(n.c, toCyrillic) },
  );
}

function blockToCyrillic(block: Block, toCyrillic: ToCyrillic): Block {
  if (block.t === 'p') return { t: 'p', c: inlineToCyrillic(block.c, toCyrillic) };
  return { ...block, items: block.items.map((item) => inlineToCyrillic(item, toCyrillic)) };
}

export function sectionToCyrillic(section: Section, toCyrillic: ToCyrillic): Section {
  return { key: section.key, blocks: section.blocks.map((b) => blockToCyrillic(b, toCyrillic)) };
}

export function guideToCyrillic(guide: Guide, toCyrillic: ToCyrillic): Guide {
  return {
    ...guide,
    key: `uz-Cyrl:${guide.id}`,
    lang: 'uz-Cyrl',
    title: toCyrillic(guide.title),
    summary: toCyrillic(guide.summary),
    sections: guide.sections.map((s) => sectionToCyrillic(s, toCyrillic)),
  };
}
