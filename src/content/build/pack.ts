/**
 * Builds the content pack: reads and checks every authored file, generates Uzbek Cyrillic,
 * and returns the pack with its hash — or the list of problems, never half a pack.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { packHash } from '../fingerprint';
import { PACK_FORMAT, PackSchema, type Pack } from '../schema';
import { senseProblems } from '../verify/sense';
import { unsafeTextProblems } from '../verify/textRules';
import { checkContacts, checkGuides, type CheckOptions } from './check';
import { readContacts } from './contacts';
import { guideToCyrillic, loadToCyrillic } from './cyrillic';
import { readAllGuides } from './guides';
import { readOfficerCard, readPhrases, readRegions } from './helpContent';
import type { Problem } from './problems';

export interface PackSettings {
  version: number;
  minAppVersion: string;
}

/** content/pack-settings.json: the pack version editors raise with every content change. */
export function readPackSettings(root: string): PackSettings {
  return JSON.parse(readFileSync(join(root, 'content', 'pack-settings.json'), 'utf8')) as PackSettings;
}

export type BuildResult = { ok: true; pack: Pack } | { ok: false; problems: Problem[] };

export async function buildPack(root: string, options: CheckOptions): Promise<BuildResult> {
  const problems: Problem[] = [];
  const toCyrillic = loadToCyrillic(root);
  const contacts = readContacts(root, toCyrillic, problems);
  const files = readAllGuides(root, problems);
  const missions = new Set(
    contacts.filter((c) => c.kind === 'embassy' || c.kind === 'consulate').map((c) => c.id),
  );
  const phrases = readPhrases(root, toCyrillic, problems);
  const regions = readRegions(root, toCyrillic, missions, problems);
  const cards = readOfficerCard(root, toCyrillic, problems);
  problems.push(
    ...checkContacts(contacts, options),
    ...checkGuides(files, { contacts, phrases, cards }, options),
  );
  if (problems.length) return { ok: false, problems };

  // One guide's languages side by side: they share their source lists, and gzip (a 32 KB window)
  // then finds the repeats. Grouped by language, the pack was 22 KB larger to download.
  const authored = files
    .flatMap((f) => (f.guide ? [f.guide] : []))
    .sort((a, b) => (a.id === b.id ? a.lang.localeCompare(b.lang) : a.id.localeCompare(b.id)));
  const guides = [
    ...authored,
    ...authored.filter((g) => g.lang === 'uz').map((g) => guideToCyrillic(g, toCyrillic)),
  ];
  const settings = readPackSettings(root);
  const body = { guides, contacts, phrases, regions, cards };
  // Derived from the content, not the clock: the same files give a byte-identical pack, so a
  // rebuild without content changes does not make every phone download "new" content.
  const newestCheck = guides.map((g) => g.checkedOn).reduce((a, b) => (a > b ? a : b), '2026-01-01');
  const pack = {
    format: PACK_FORMAT,
    version: settings.version,
    createdAt: `${newestCheck}T00:00:00.000Z`,
    minAppVersion: settings.minAppVersion,
    hash: await packHash(body),
    ...body,
  };
  // The pack must satisfy the same schema the app applies to updates.
  const checked = v.safeParse(PackSchema, pack);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.issues.map((i) => ({
        file: 'pack',
        field: i.path?.map((p) => String(p.key)).join('.') ?? '',
        reason: i.message,
      })),
    };
  }
  // And the sense and plain-text rules the app applies to every pack it checks (verify/verifyPack.ts):
  // the app skips them for the pack this build ships, because they ran here.
  const nonsense = [...senseProblems(checked.output), ...unsafeTextProblems(checked.output)];
  if (nonsense.length) {
    return {
      ok: false,
      problems: nonsense.map((p) => ({ file: 'pack', field: p.reason, reason: p.detail })),
    };
  }
  return { ok: true, pack: checked.output };
}
