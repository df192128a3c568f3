/**
 * What the schema cannot see. A pack can be well-formed, hashed and signed and still leave a
 * person without help: no officer card, no Russian guides, a link to nothing, two rows under one
 * id (the install then fails as if the phone were at fault), or a number shown as one phone and
 * dialling another. Each rule has its reason (reasons.ts) and says where it failed. The build
 * runs the same rules (build/pack.ts), so content that breaks one never ships.
 */
import { LANG_CODES } from '../../i18n/languages';
import { guideLinks } from '../plainText';
import type { Contact, Guide, PackBody } from '../schema';
import { hiddenCharacterProblems } from './textRules';
import type { PackProblem, PackRejection } from './reasons';

const problem = (reason: PackRejection, detail: string): PackProblem => ({ reason, detail });

/** Every language with its guides (the same topics in each), the officer card, phrases, regions, contacts. */
function missingParts(body: PackBody): PackProblem[] {
  const problems: PackProblem[] = [];
  const topics = (lang: string) =>
    body.guides
      .filter((g) => g.lang === lang)
      .map((g) => g.id)
      .sort()
      .join(' ');
  const reference = topics(LANG_CODES[0] ?? '');
  for (const lang of LANG_CODES) {
    if (topics(lang) === '') problems.push(problem('incomplete', `no guides in ${lang}`));
    else if (topics(lang) !== reference)
      problems.push(problem('incomplete', `the guides in ${lang} are not those in ${LANG_CODES[0]}`));
  }
  if (!body.cards.some((c) => c.id === 'officer' && c.lines.length > 0))
    problems.push(problem('incomplete', 'no officer card'));
  if (body.phrases.length === 0) problems.push(problem('incomplete', 'no phrases'));
  if (body.regions.length === 0) problems.push(problem('incomplete', 'no regions'));
  if (body.contacts.length === 0) problems.push(problem('incomplete', 'no contacts'));
  return problems;
}

function twice(kind: string, keys: readonly string[]): PackProblem[] {
  const seen = new Set<string>();
  const problems: PackProblem[] = [];
  for (const key of keys) {
    if (seen.has(key)) problems.push(problem('duplicate', `${kind} "${key}" is given twice`));
    seen.add(key);
  }
  return problems;
}

/** Every row's key is unique (the database stores one row per key) and a guide's key is `lang:id`. */
function duplicates(body: PackBody): PackProblem[] {
  return [
    ...body.guides.flatMap((g) =>
      g.key === `${g.lang}:${g.id}`
        ? []
        : [problem('duplicate', `guide key "${g.key}" is not "${g.lang}:${g.id}"`)],
    ),
    ...twice(
      'guide',
      body.guides.map((g) => g.key),
    ),
    ...twice(
      'contact',
      body.contacts.map((c) => c.id),
    ),
    ...twice(
      'phrase',
      body.phrases.map((p) => p.id),
    ),
    ...twice(
      'region',
      body.regions.map((r) => r.code),
    ),
    ...twice(
      'card',
      body.cards.map((c) => c.id),
    ),
    ...body.cards.flatMap((c) =>
      twice(
        `line of card ${c.id}`,
        c.lines.map((l) => l.id),
      ),
    ),
  ];
}

/** Every link leads somewhere in this pack: guide to guide (in its language), contact, phrase, card. */
function brokenLinks(body: PackBody): PackProblem[] {
  const contacts = new Set(body.contacts.map((c) => c.id));
  const guides = new Set(body.guides.map((g) => g.key));
  const phrases = new Set(body.phrases.map((p) => p.id));
  const cards = new Set<string>(body.cards.map((c) => c.id));
  const resolves = (guide: Guide, href: string) => {
    const [scheme = '', target = ''] = href.split(':');
    if (scheme === 'contact') return contacts.has(target);
    if (scheme === 'guide') return guides.has(`${guide.lang}:${target}`);
    if (scheme === 'phrase') return phrases.has(target);
    if (scheme === 'card') return cards.has(target);
    return true; // tel: and http(s): lead out of the app
  };
  return [
    ...body.guides.flatMap((g) =>
      [
        ...g.contacts.filter((id) => !contacts.has(id)).map((id) => `contact:${id}`),
        ...guideLinks(g)
          .map((l) => l.href)
          .filter((href) => !resolves(g, href)),
      ].map((href) => problem('broken-link', `guide ${g.key} links ${href}, which is not in the pack`)),
    ),
    ...body.regions
      .filter((r) => !contacts.has(r.consulate))
      .map((r) =>
        problem('broken-link', `region ${r.code} names contact ${r.consulate}, which is not in the pack`),
      ),
  ];
}

/**
 * The number a shown phone number dials: "+7 499 238-36-20" → "+74992383620", Russia's national
 * form "8 800 707-05-28" → "+78007070528", "112" → "112". Undefined if it shows anything but
 * digits, "+" and the signs written between them.
 */
export function dialledBy(shown: string): string | undefined {
  if (!/^\+?[\d ()-]+$/.test(shown.trim())) return undefined;
  const digits = shown.replace(/\D/g, '');
  if (shown.trim().startsWith('+')) return `+${digits}`;
  return digits.length === 11 && digits.startsWith('8') ? `+7${digits.slice(1)}` : digits;
}

/** A number shown on screen is the number the tap dials: contact phones, and tel: links that show digits. */
function wrongNumbers(body: PackBody): PackProblem[] {
  const contactPhones = (c: Contact) =>
    c.phones
      .filter((p) => dialledBy(p.display) !== p.number)
      .map((p) => problem('wrong-number', `contact ${c.id} shows "${p.display}" but dials ${p.number}`));
  const telLinks = (g: Guide) =>
    guideLinks(g)
      .filter((l) => l.href.startsWith('tel:') && /\d/.test(l.text) && dialledBy(l.text) !== l.href.slice(4))
      .map((l) => problem('wrong-number', `guide ${g.key} shows "${l.text}" but dials ${l.href.slice(4)}`));
  return [...body.contacts.flatMap(contactPhones), ...body.guides.flatMap(telLinks)];
}

/**
 * The rules about the pack's shape: every part there, one row per key, every link resolving. What
 * a pack kept for a rollback is held to (packHistory.ts): it passed every rule when it came in,
 * but an older database may not have kept every part, and these are quick enough for a screen.
 */
export function structuralProblems(body: PackBody): PackProblem[] {
  return [...missingParts(body), ...duplicates(body), ...brokenLinks(body)];
}

/** Every rule broken, in a stable order (the build lists them all; a phone needs only the first). */
export function senseProblems(body: PackBody): PackProblem[] {
  return [
    ...structuralProblems(body),
    // Before the numbers: a right-to-left mark in a number is a hidden character first.
    ...hiddenCharacterProblems(body),
    ...wrongNumbers(body),
  ];
}
