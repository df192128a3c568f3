import { inlineText } from '../../content/plainText';
import type { Block, Guide } from '../../content/schema';

function blockText(block: Block): string[] {
  return block.t === 'p'
    ? [inlineText(block.c)]
    : block.items.map((item, i) => (block.t === 'ol' ? `${i + 1}. ${inlineText(item)}` : inlineText(item)));
}

/** What is read aloud: title, summary, then each section under its (translated) heading. */
export function guideSpeechText(
  guide: Guide,
  heading: (key: Guide['sections'][number]['key']) => string,
): string {
  const parts = [guide.title, guide.summary];
  for (const section of guide.sections)
    parts.push(heading(section.key), ...section.blocks.flatMap(blockText));
  return parts.map((p) => (/[.!?:]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join('\n');
}
