/**
 * The guide node tree as HTML, for the prerendered first screen. It must give the same markup as
 * src/features/guides/RichText.tsx (a browser test compares the two), so the swap to React moves
 * nothing. Every text goes through escapeHtml; links only the kinds the schema allows.
 */
import type { Block, Inline } from '../../src/content/schema';
import { escapeHtml } from '../lib/escapeHtml';

function linkHtml(href: string, inner: string, lang: string): string {
  const [scheme, target = ''] = href.split(/:(.*)/s);
  if (scheme === 'contact' || scheme === 'guide')
    return `<a href="#/${lang}/${scheme === 'contact' ? 'contacts' : 'guides'}/${escapeHtml(target)}">${inner}</a>`;
  if (scheme === 'phrase' || scheme === 'card') {
    const route = scheme === 'card' ? 'card' : `phrases/${escapeHtml(target)}`;
    return `<a class="show-link" href="#/${lang}/${route}">${inner}</a>`;
  }
  if (scheme === 'tel') return `<a href="${escapeHtml(href)}" class="tel">${inner}</a>`;
  if (scheme === 'https' || scheme === 'http')
    return `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${inner}</a>`;
  return inner;
}

export function inlineHtml(nodes: readonly Inline[], lang: string): string {
  return nodes
    .map((node) => {
      switch (node.t) {
        case 'text':
          return escapeHtml(node.v);
        case 'strong':
          return `<strong>${inlineHtml(node.c, lang)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(node.c, lang)}</em>`;
        case 'link':
          return linkHtml(node.href, inlineHtml(node.c, lang), lang);
      }
    })
    .join('');
}

export function blocksHtml(blocks: readonly Block[], lang: string): string {
  return blocks
    .map((block) => {
      if (block.t === 'p') return `<p>${inlineHtml(block.c, lang)}</p>`;
      const items = block.items.map((item) => `<li>${inlineHtml(item, lang)}</li>`).join('');
      return block.t === 'ol' ? `<ol class="steps">${items}</ol>` : `<ul>${items}</ul>`;
    })
    .join('');
}
