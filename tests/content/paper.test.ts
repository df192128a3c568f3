/**
 * The `paper:` part of content/card.yaml (texts only the printed sheets need). Like check.test.ts,
 * each test copies the real content into a temporary folder and plants one defect. Packs built
 * before this part existed must still load: it is optional in the file and in the pack.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPack } from '../../src/content/build/pack';
import { LANG_CODES } from '../../src/i18n/languages';
import { OfficerCardSchema, PackSchema } from '../../src/content/schema';

const REPO = join(import.meta.dirname, '..', '..');
const OPTIONS = { today: '2026-12-04' };
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hamroh-paper-'));
  cpSync(join(REPO, 'locales'), join(root, 'locales'), { recursive: true });
  cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function editCard(change: (text: string) => string): void {
  const file = join(root, 'content', 'card.yaml');
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error('the planted defect did not change card.yaml');
  writeFileSync(file, after);
}

async function problemsIn(): Promise<string[]> {
  const result = await buildPack(root, OPTIONS);
  return result.ok ? [] : result.problems.map((p) => `${p.file}: ${p.field}: ${p.reason}`);
}

// Each test builds the whole content (a few seconds on a busy 2-core machine).
describe('paper content', { timeout: 30_000 }, () => {
  it('the real content has every paper text in all four languages, and the primary mission has numbers for the call centre', async () => {
    const result = await buildPack(root, OPTIONS);
    if (!result.ok) throw new Error(result.problems.map((p) => p.reason).join('\n'));
    const paper = result.pack.cards[0]?.paper;
    if (!paper) throw new Error('card.yaml has no paper part');
    const texts = [paper.callCentre, paper.cutAndFold, paper.rightsTitle, ...paper.rights.map((r) => r.text)];
    for (const text of texts) for (const lang of LANG_CODES) expect(text[lang].trim(), lang).not.toBe('');
    expect(paper.rights.map((r) => r.id)).toEqual(['no-signature', 'interpreter', 'consulate']);
    expect(paper.rights[0]?.text['uz-Cyrl']).toMatch(/\p{Script=Cyrillic}/u);
    const contact = result.pack.contacts.find((c) => c.roles?.includes('primary-mission'));
    expect(contact?.phones.length).toBeGreaterThan(0);
    expect(paper.sources.length).toBeGreaterThan(0);
  });

  it('fails when the call centre label is not Russian in Russian', async () => {
    editCard((t) => t.replace('ru: "Колл-центр посольства Узбекистана (Москва)"', 'ru: "Call centre"'));
    expect(await problemsIn()).toContain(
      'content/card.yaml: paper.callCentre.ru: Russian text has no Cyrillic letters',
    );
  });

  it('fails when a rights line has no English', async () => {
    editCard((t) => t.replace('      en: "Ask for an interpreter."\n', ''));
    expect((await problemsIn()).some((p) => p.startsWith('content/card.yaml: paper.rights.1.en'))).toBe(true);
  });

  it('fails when Uzbek on paper writes oʻ with an ASCII apostrophe', async () => {
    editCard((t) => t.replace('Oʻqiy olmaydigan', "O'qiy olmaydigan"));
    expect(await problemsIn()).toContain(
      'content/card.yaml: paper.rights.no-signature.uz: oʻ/gʻ must be written with U+02BB',
    );
  });

  it('builds without a paper part: the card then has none', async () => {
    editCard(
      (t) =>
        t.slice(
          0,
          t.indexOf(
            '\n# ---------------------------------------------------------------------------\n# Paper',
          ),
        ) + '\n',
    );
    const result = await buildPack(root, OPTIONS);
    expect(result.ok && result.pack.cards[0]?.paper).toBe(undefined);
    expect(result.ok).toBe(true);
  });

  it('an older pack, whose card has no paper part, still passes the schema; an unknown field does not', async () => {
    const result = await buildPack(root, OPTIONS);
    if (!result.ok) throw new Error('the real content did not build');
    const { paper, ...olderCard } = result.pack.cards[0] ?? { paper: undefined };
    expect(v.safeParse(PackSchema, { ...result.pack, cards: [olderCard] }).success).toBe(true);
    const smuggled = { ...olderCard, paper: { ...paper, script: 'alert(1)' } };
    expect(v.safeParse(OfficerCardSchema, smuggled).success).toBe(false);
  });
});
