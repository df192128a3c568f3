/**
 * Uzbek Cyrillic content is generated from the Uzbek Latin text at build time, word exceptions
 * from locales/uz-Cyrl/words.json applied. Only visible text changes: link targets, ids, dates and
 * source titles (the documents' own names) stay as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transliterateUzLatnToCyrl } from '../../i18n/transliterate';
import type { Block, Guide, Inline } from '../schema';

export type ToCyrillic = (latin: string) => string;

export function loadToCyrillic(root: string): ToCyrillic {
  const words = JSON.parse(readFileSync(join(root, 'locales', 'uz-Cyrl', 'words.json'), 'utf8')) as Record<
    string,
    string
  >;
  return (latin) => transliterateUzLatnToCyrl(latin, words);
}

function inlineToCyrillic(nodes: Inline[], toCyrillic: ToCyrillic): Inline[] {
  return nodes.map((n) =>
    n.t === 'text' ? { t: 'text', v: toCyrillic(n.v) } : { ...n, c: inlineToCyrillic(n.c, toCyrillic) },
  );
}

function blockToCyrillic(block: Block, toCyrillic: ToCyrillic): Block {
  if (block.t === 'p') return { t: 'p', c: inlineToCyrillic(block.c, toCyrillic) };
  return { ...block, items: block.items.map((item) => inlineToCyrillic(item, toCyrillic)) };
}

export function guideToCyrillic(guide: Guide, toCyrillic: ToCyrillic): Guide {
  return {
    ...guide,
    key: `uz-Cyrl:${guide.id}`,
    lang: 'uz-Cyrl',
    title: toCyrillic(guide.title),
    summary: toCyrillic(guide.summary),
    sections: guide.sections.map((s) => ({
      key: s.key,
      blocks: s.blocks.map((b) => blockToCyrillic(b, toCyrillic)),
    })),
  };
}
