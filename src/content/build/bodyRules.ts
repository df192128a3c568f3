/**
 * Rules that read a guide's body text closely: phone numbers and the rights section's citations.
 * A wrong number in a guide sends a frightened person's only call to a stranger, so every number a
 * guide dials must be one that contacts.yaml vouches for (with its source and confidence), and the
 * number shown must be the number dialled.
 */
import type { Contact, Guide, Inline } from '../schema';
import { inlineText } from '../plainText';

/** Every list item and paragraph of a section as its inline nodes. */
function lines(guide: Guide, key?: string): Inline[][] {
  return guide.sections
    .filter((s) => key === undefined || s.key === key)
    .flatMap((s) => s.blocks.flatMap((b) => (b.t === 'p' ? [b.c] : b.items)));
}

/** Digits only; a Russian "8 800 …" written for +7 800 … counts as the same number. */
function sameNumber(shown: string, dialled: string): boolean {
  const a = shown.replace(/\D/g, '');
  const b = dialled.replace(/\D/g, '');
  return a === b || (a.startsWith('8') && b.startsWith('7') && `7${a.slice(1)}` === b);
}

/** A phone number written as plain text: + or a leading 8, then at least 10 digits in all. */
const BARE_PHONE = /(?:\+\d|\b8[\s(-]*\d{3})[\d\s()-]{5,}\d/g;

function knownNumbers(contacts: readonly Contact[]): Set<string> {
  return new Set(
    contacts.flatMap((c) => [...c.phones.map((p) => p.number), ...c.shortNumbers.map((s) => s.number)]),
  );
}

/** Text outside tel: links, where a number would be shown without a contact behind it. */
function textOutsideTel(nodes: readonly Inline[]): string[] {
  return nodes.flatMap((n) => {
    if (n.t === 'text') return [n.v];
    if (n.t === 'link' && n.href.startsWith('tel:')) return [];
    return textOutsideTel(n.c);
  });
}

function telLinks(nodes: readonly Inline[]): { href: string; text: string }[] {
  return nodes.flatMap((n) => {
    if (n.t === 'text') return [];
    if (n.t === 'link' && n.href.startsWith('tel:')) return [{ href: n.href, text: inlineText(n.c) }];
    return telLinks(n.c);
  });
}

export function phoneProblems(guide: Guide, contacts: readonly Contact[]): string[] {
  const known = knownNumbers(contacts);
  const problems: string[] = [];
  for (const line of lines(guide)) {
    for (const { href, text } of telLinks(line)) {
      const number = href.slice('tel:'.length);
      if (!known.has(number))
        problems.push(`dials ${number}, which is not a number of any contact in contacts.yaml`);
      if (/\d/.test(text) && !sameNumber(text, number)) problems.push(`shows "${text}" but dials ${number}`);
    }
    for (const text of textOutsideTel(line)) {
      for (const match of text.matchAll(BARE_PHONE)) {
        if (match[0].replace(/\D/g, '').length >= 10)
          problems.push(
            `writes the phone number "${match[0].trim()}" without a tel: link to a known contact`,
          );
      }
    }
  }
  return problems;
}

/**
 * In `rights`, a citation closes the item as quiet emphasis, *(KoAP RF art. 24.2)*, and nothing
 * else is emphasised: the screen styles emphasis there as the small grey legal basis.
 */
export function rightsCitationProblems(guide: Guide): string[] {
  const problems: string[] = [];
  for (const item of lines(guide, 'rights')) {
    const text = inlineText(item).slice(0, 40);
    if (item.some((n) => n.t === 'strong'))
      problems.push(`a rights item uses bold; write its citation as *(…)*: "${text}…"`);
    const lastEm = item.findLastIndex((n) => n.t === 'em');
    const emCount = item.filter((n) => n.t === 'em').length;
    const trailing = item.slice(lastEm + 1).every((n) => n.t === 'text' && /^[\s.;,]*$/.test(n.v));
    if (emCount > 1 || (emCount === 1 && !trailing))
      problems.push(`a rights item uses emphasis for something other than its closing citation: "${text}…"`);
  }
  return problems;
}
