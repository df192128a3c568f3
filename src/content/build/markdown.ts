/**
 * Guide Markdown → the small, safe node tree the app renders (see schema.ts).
 * Parsing happens at build time only: the app never sees Markdown or HTML, so there is nothing
 * for a crafted text to inject. Anything outside the allowed subset is reported, not dropped.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { LINK_HREF, SECTION_KEYS, type Block, type Inline, type Section, type SectionKey } from '../schema';

export interface ParsedGuideFile {
  frontMatter: Record<string, unknown>;
  sections: Section[];
  problems: { field: string; reason: string }[];
}

function inlineFrom(nodes: PhrasingContent[], problems: ParsedGuideFile['problems']): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ t: 'text', v: node.value });
        break;
      case 'break':
        out.push({ t: 'text', v: ' ' });
        break;
      case 'strong':
        out.push({ t: 'strong', c: inlineFrom(node.children, problems) });
        break;
      case 'emphasis':
        out.push({ t: 'em', c: inlineFrom(node.children, problems) });
        break;
      case 'link':
        if (!LINK_HREF.test(node.url))
          problems.push({ field: 'body', reason: `link target not allowed: ${node.url}` });
        out.push({ t: 'link', href: node.url, c: inlineFrom(node.children, problems) });
        break;
      default:
        problems.push({ field: 'body', reason: `markup not allowed in guides: ${node.type}` });
    }
  }
  return out;
}

/** A list item may hold several paragraphs; the app shows each item as one line of text. */
function listItemInline(item: Nodes, problems: ParsedGuideFile['problems']): Inline[] {
  if (item.type !== 'listItem') return [];
  const parts: Inline[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      if (parts.length) parts.push({ t: 'text', v: ' ' });
      parts.push(...inlineFrom(child.children, problems));
    } else problems.push({ field: 'body', reason: `markup not allowed inside a list item: ${child.type}` });
  }
  return parts;
}

function blockFrom(node: RootContent, problems: ParsedGuideFile['problems']): Block | undefined {
  if (node.type === 'paragraph') return { t: 'p', c: inlineFrom(node.children, problems) };
  if (node.type === 'list') {
    const items = node.children.map((item) => listItemInline(item, problems));
    return node.ordered ? { t: 'ol', items } : { t: 'ul', items };
  }
  problems.push({ field: 'body', reason: `markup not allowed in guides: ${node.type}` });
  return undefined;
}

export function parseGuideMarkdown(source: string): ParsedGuideFile {
  const problems: ParsedGuideFile['problems'] = [];
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  let frontMatter: Record<string, unknown> = {};
  const sections: Section[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      try {
        const data: unknown = parseYaml(node.value, { schema: 'core' });
        if (data && typeof data === 'object' && !Array.isArray(data))
          frontMatter = data as Record<string, unknown>;
        else problems.push({ field: 'front matter', reason: 'is not a mapping' });
      } catch (error) {
        problems.push({ field: 'front matter', reason: `invalid YAML: ${(error as Error).message}` });
      }
    } else if (node.type === 'heading' && node.depth === 2) {
      const key = node.children
        .map((c) => (c.type === 'text' ? c.value : ''))
        .join('')
        .trim();
      if (!(SECTION_KEYS as readonly string[]).includes(key)) {
        problems.push({
          field: 'body',
          reason: `unknown section "${key}" (expected one of ${SECTION_KEYS.join(', ')})`,
        });
      }
      sections.push({ key: key as SectionKey, blocks: [] });
    } else {
      const current = sections.at(-1);
      if (!current) {
        problems.push({ field: 'body', reason: 'text before the first "## section" heading' });
        continue;
      }
      const block = blockFrom(node, problems);
      if (block) current.blocks.push(block);
    }
  }
  return { frontMatter, sections, problems };
}

export { blocksText, inlineText } from '../plainText';
