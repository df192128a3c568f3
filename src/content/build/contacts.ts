/**
 * Reads content/contacts.yaml, checks every field and number, and produces Contact rows with the
 * generated Uzbek Cyrillic text and a display form for every phone number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CONFIDENCE, CONTACT_KINDS, CONTACT_ROLES, type Contact } from '../schema';
import type { Problem } from './problems';
import type { ToCyrillic } from './cyrillic';
import { Authored, DatedSource, issueProblems, withCyrillic } from './fields';

export const CONTACTS_FILE = 'content/contacts.yaml';

const RawContact = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by -')),
  kind: v.picklist(CONTACT_KINDS),
  roles: v.optional(v.array(v.picklist(CONTACT_ROLES, `must be one of ${CONTACT_ROLES.join(', ')}`)), []),
  country: v.picklist(['RU', 'UZ', 'other']),
  name: Authored,
  city: v.optional(Authored),
  address: v.optional(Authored),
  phones: v.optional(
    v.array(v.strictObject({ number: v.string(), label: Authored, confidence: v.picklist(CONFIDENCE) })),
    [],
  ),
  shortNumbers: v.optional(
    v.array(
      v.strictObject({
        number: v.pipe(v.unknown(), v.transform(String), v.regex(/^\d{2,5}$/, 'must be 2 to 5 digits')),
        dialFrom: v.picklist(['RU', 'UZ']),
        label: Authored,
        confidence: v.picklist(CONFIDENCE),
      }),
    ),
    [],
  ),
  email: v.optional(v.pipe(v.string(), v.email())),
  website: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'must start with http:// or https://'))),
  telegram: v.optional(v.pipe(v.string(), v.regex(/^https:\/\/t\.me\/\S+$/, 'must be a https://t.me/ link'))),
  note: v.optional(Authored),
  risk: v.optional(Authored),
  confidence: v.picklist(CONFIDENCE),
  checkedOn: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')),
  sources: v.array(DatedSource),
});

/** E.164 and valid for its country's numbering plan, per libphonenumber's full metadata. */
export function e164Problem(number: string): string | undefined {
  if (!/^\+\d{7,15}$/.test(number)) return `"${number}" is not in E.164 form (+ and 7 to 15 digits)`;
  const parsed = parsePhoneNumberFromString(number);
  if (!parsed?.isValid()) return `"${number}" is not a valid phone number`;
  return undefined;
}

export function readContacts(root: string, toCyrillic: ToCyrillic, problems: Problem[]): Contact[] {
  const file = CONTACTS_FILE;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(join(root, file), 'utf8'), { schema: 'core' });
  } catch (error) {
    problems.push({ file, field: 'file', reason: `cannot read: ${(error as Error).message}` });
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push({ file, field: 'file', reason: 'must be a list of contacts' });
    return [];
  }
  const localize = withCyrillic(toCyrillic);
  const contacts: Contact[] = [];
  data.forEach((entry: unknown, index) => {
    const where = (entry as { id?: unknown })?.id ?? `#${index + 1}`;
    const parsed = v.safeParse(RawContact, entry);
    if (!parsed.success) {
      problems.push(...issueProblems(file, String(where), parsed.issues));
      return;
    }
    const c = parsed.output;
    const phones = c.phones.flatMap((p, i) => {
      const problem = e164Problem(p.number);
      if (problem) {
        problems.push({ file, field: `${c.id}.phones.${i}.number`, reason: problem });
        return [];
      }
      const display = parsePhoneNumberFromString(p.number)?.formatInternational() ?? p.number;
      return [{ number: p.number, display, label: localize(p.label), confidence: p.confidence }];
    });
    contacts.push({
      id: c.id,
      kind: c.kind,
      ...(c.roles.length ? { roles: c.roles } : {}),
      country: c.country,
      order: index,
      name: localize(c.name),
      city: c.city && localize(c.city),
      address: c.address && localize(c.address),
      phones,
      shortNumbers: c.shortNumbers.map((s) => ({ ...s, label: localize(s.label) })),
      email: c.email,
      website: c.website,
      telegram: c.telegram,
      note: c.note && localize(c.note),
      risk: c.risk && localize(c.risk),
      confidence: c.confidence,
      checkedOn: c.checkedOn,
      sources: c.sources,
    });
  });
  const seen = new Set<string>();
  for (const c of contacts) {
    if (seen.has(c.id)) problems.push({ file, field: c.id, reason: 'id is used twice' });
    seen.add(c.id);
  }
  problems.push(...roleProblems(contacts));
  return contacts;
}

/** Screens rely on the roles: exactly one primary mission that can be called, some emergency numbers. */
function roleProblems(contacts: readonly Contact[]): Problem[] {
  const file = CONTACTS_FILE;
  const primary = contacts.filter((c) => c.roles?.includes('primary-mission'));
  const problems: Problem[] = [];
  if (primary.length !== 1)
    problems.push({
      file,
      field: 'roles',
      reason: `exactly one contact needs the role primary-mission (found ${primary.length})`,
    });
  for (const c of primary) {
    if (c.phones.length === 0)
      problems.push({ file, field: `${c.id}.roles`, reason: 'the primary-mission needs a phone number' });
  }
  if (!contacts.some((c) => c.roles?.includes('emergency-numbers')))
    problems.push({ file, field: 'roles', reason: 'no contact has the role emergency-numbers' });
  return problems;
}
