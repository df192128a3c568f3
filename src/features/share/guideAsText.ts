/**
 * A guide as plain text for a messenger: the title, the "do this now" steps, the lines of its help
 * section that carry phone numbers, and the link. Plain text survives every messenger, SMS
 * included, and phones turn the numbers into tap-to-call links by themselves.
 */
import { inlineText } from '../../content/plainText';
import type { Block, Guide, Inline, SectionKey } from '../../content/schema';

export interface GuideTextHeadings {
  doNow: string;
  help: string;
}

function hasPhoneNumber(nodes: readonly Inline[]): boolean {
  return nodes.some(
    (n) => (n.t === 'link' && n.href.startsWith('tel:')) || (n.t !== 'text' && hasPhoneNumber(n.c)),
  );
}

/** Every paragraph and list item of a block as its own line, numbered as it is on screen. */
function blockLines(block: Block): { text: Inline[]; prefix: string }[] {
  switch (block.t) {
    case 'p':
      return [{ text: block.c, prefix: '' }];
    case 'ol':
      return block.items.map((item, i) => ({ text: item, prefix: `${i + 1}. ` }));
    case 'ul':
      return block.items.map((item) => ({ text: item, prefix: '- ' }));
  }
}

function sectionLines(guide: Guide, key: SectionKey): { text: Inline[]; prefix: string }[] {
  return guide.sections.filter((s) => s.key === key).flatMap((s) => s.blocks.flatMap(blockLines));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `link` is left out when there is none worth sending (the single-file edition's file:// address). */
export function guideAsText(guide: Guide, link: string | undefined, headings?: GuideTextHeadings): string {
  const steps = sectionLines(guide, 'do-now').map((l) => l.prefix + squash(inlineText(l.text)));
  const numbers = sectionLines(guide, 'help')
    .filter((l) => hasPhoneNumber(l.text))
    .map((l) => `- ${squash(inlineText(l.text))}`);
  const parts = [guide.title];
  if (steps.length > 0) parts.push([headings?.doNow, ...steps].filter(Boolean).join('\n'));
  if (numbers.length > 0) parts.push([headings?.help, ...numbers].filter(Boolean).join('\n'));
  if (link) parts.push(link);
  return parts.join('\n\n');
}
