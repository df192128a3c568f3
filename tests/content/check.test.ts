/**
 * `npm run content:check` must catch every defect an editor can make. Each test copies the real
 * content into a temporary folder, plants one defect, and expects a problem that names the file,
 * the field and the reason. The first test proves the real content itself is clean.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPack } from '../../src/content/build/pack';
import type { Problem } from '../../src/content/build/problems';
import { TODAY } from '../fixtures/today';

const REPO = join(import.meta.dirname, '..', '..');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hamroh-content-'));
  cpSync(join(REPO, 'locales'), join(root, 'locales'), { recursive: true });
  cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function edit(path: string, change: (text: string) => string): void {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the planted defect did not change ${path}`);
  writeFileSync(file, after);
}

async function problems(): Promise<Problem[]> {
  const result = await buildPack(root, { today: TODAY });
  return result.ok ? [] : result.problems;
}

async function expectProblem(file: string, field: string | RegExp, reason: RegExp): Promise<void> {
  const found = await problems();
  const match = found.find(
    (p) =>
      p.file === file &&
      (typeof field === 'string' ? p.field === field : field.test(p.field)) &&
      reason.test(p.reason),
  );
  expect(
    match,
    `expected ${file} / ${String(field)} / ${reason} among:\n${found.map((p) => `${p.file}: ${p.field}: ${p.reason}`).join('\n')}`,
  ).toBeDefined();
}

// Each test builds the whole pack from a copy of the real content: seconds on a busy machine.
describe('content check', { timeout: 30_000 }, () => {
  it('passes the real content and builds all four languages', async () => {
    const result = await buildPack(root, { today: TODAY });
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.file}: ${p.field}: ${p.reason}`).join('\n'));
    const langs = new Set(result.pack.guides.map((g) => g.lang));
    expect([...langs].sort()).toEqual(['en', 'ru', 'uz', 'uz-Cyrl']);
    // 15 guides × (en, ru, uz, generated uz-Cyrl)
    expect(result.pack.guides).toHaveLength(60);
  });

  it('fails when a guide is missing in one language', async () => {
    rmSync(join(root, 'locales/ru/guides/debts.md'));
    await expectProblem('locales/ru/guides/debts.md', 'file', /missing in ru/);
  });

  it('fails when the languages differ in the number of steps', async () => {
    edit('locales/uz/guides/detention.md', (t) => t.replace(/\n2\. [^\n]*/, ''));
    await expectProblem(
      'locales/uz/guides/detention.md',
      'sections',
      /differs from .* in sections or number of steps/,
    );
  });

  it('fails when a section is missing', async () => {
    edit('locales/en/guides/debts.md', (t) => t.replace('## do-not', '## more'));
    await expectProblem('locales/en/guides/debts.md', 'body', /section "do-not" is missing/);
  });

  it('fails when no source has a date', async () => {
    for (const lang of ['en', 'ru', 'uz']) {
      edit(`locales/${lang}/guides/amina.md`, (t) => t.replace(/date: .*/g, 'date: undated'));
    }
    await expectProblem('locales/en/guides/amina.md', 'sources', /at least one source with a URL and a date/);
  });

  it('fails when a source has no URL', async () => {
    edit('locales/en/guides/amina.md', (t) => t.replace(/url: .*/, 'url: ""'));
    await expectProblem('locales/en/guides/amina.md', /^sources\.0\.url$/, /.+/);
  });

  it('fails when a source has no date field, saying what to write', async () => {
    edit('locales/en/guides/amina.md', (t) => t.replace(/\n {4}date: [^\n]*/, ''));
    await expectProblem('locales/en/guides/amina.md', /^sources\.0\.date$/, /needs a date: YYYY.*undated/);
  });

  it('fails when a source date is not a date', async () => {
    edit('locales/en/guides/amina.md', (t) => t.replace(/\n {4}date: [^\n]*/, '\n    date: last spring'));
    await expectProblem('locales/en/guides/amina.md', /^sources\.0\.date$/, /needs a date/);
  });

  it('fails when a contact source has no date field', async () => {
    edit('content/contacts.yaml', (t) => t.replace(/(url: "?https?:[^,}\n]*"?), date: [^}\n]*/, '$1'));
    await expectProblem('content/contacts.yaml', /\.sources\.0\.date$/, /needs a date/);
  });

  it('fails when a guide dials a number that is no contact’s', async () => {
    edit('locales/en/guides/detention.md', (t) =>
      t.replace('[+7 499 238-36-20](tel:+74992383620)', '[+7 499 238-36-21](tel:+74992383621)'),
    );
    await expectProblem(
      'locales/en/guides/detention.md',
      'body',
      /dials \+74992383621, which is not a number of any contact/,
    );
  });

  it('fails when a guide shows one number and dials another', async () => {
    edit('locales/en/guides/detention.md', (t) =>
      t.replace('[+7 499 238-36-20](tel:+74992383620)', '[+7 499 230-00-76](tel:+74992383620)'),
    );
    await expectProblem(
      'locales/en/guides/detention.md',
      'body',
      /shows "\+7 499 230-00-76" but dials \+74992383620/,
    );
  });

  it('fails when a guide writes a phone number as plain text', async () => {
    edit('locales/en/guides/debts.md', (t) => t.replace(/\n1\. /, '\n1. Call 8 (495) 123-45-67 first. '));
    await expectProblem(
      'locales/en/guides/debts.md',
      'body',
      /writes the phone number "8 \(495\) 123-45-67" without a tel: link/,
    );
  });

  it('accepts a Russian 8 800 number shown for its +7 800 link', async () => {
    const text = readFileSync(join(root, 'locales/en/guides/detention.md'), 'utf8');
    expect(text).toContain('[8 800 707-05-28](tel:+78007070528)');
    expect((await problems()).filter((p) => p.reason.includes('+78007070528'))).toEqual([]);
  });

  it('fails when a rights item is bold or emphasises anything but its closing citation', async () => {
    edit('locales/en/guides/police-check.md', (t) =>
      t.replace(/\n## rights\n- /, '\n## rights\n- **Always** '),
    );
    await expectProblem('locales/en/guides/police-check.md', 'rights', /uses bold/);
    edit('locales/en/guides/police-check.md', (t) => t.replace('- **Always** ', '- *Always* '));
    await expectProblem(
      'locales/en/guides/police-check.md',
      'rights',
      /emphasis for something other than its closing citation/,
    );
  });

  it('fails when checkedOn is not a real date', async () => {
    edit('locales/en/guides/detention.md', (t) => t.replace(/checkedOn: .*/, 'checkedOn: 2026-02-30'));
    await expectProblem('locales/en/guides/detention.md', 'checkedOn', /not a real date/);
  });

  it('fails when checkedOn is in the future', async () => {
    edit('locales/en/guides/detention.md', (t) => t.replace(/checkedOn: .*/, 'checkedOn: 2099-01-01'));
    await expectProblem('locales/en/guides/detention.md', 'checkedOn', /in the future/);
  });

  it('fails when a phone number is not valid E.164', async () => {
    edit('content/contacts.yaml', (t) => t.replace('"+74992383620"', '"+7499238"'));
    await expectProblem(
      'content/contacts.yaml',
      /^embassy-moscow\.phones\.\d+\.number$/,
      /not a valid phone number|E\.164/,
    );
  });

  it('fails when a phone number is written in local form', async () => {
    edit('content/contacts.yaml', (t) => t.replace('"+74992383620"', '"8 499 238-36-20"'));
    await expectProblem('content/contacts.yaml', /^embassy-moscow\.phones\.\d+\.number$/, /E\.164/);
  });

  it('fails when a guide links a contact that does not exist', async () => {
    edit('locales/en/guides/detention.md', (t) =>
      t.replace('contact:embassy-moscow', 'contact:no-such-office'),
    );
    await expectProblem('locales/en/guides/detention.md', 'body', /links contact "no-such-office"/);
  });

  it('fails when a guide links a phrase that does not exist', async () => {
    edit('locales/en/guides/detention.md', (t) =>
      t.replace('(phrase:need-interpreter)', '(phrase:no-such-phrase)'),
    );
    await expectProblem('locales/en/guides/detention.md', 'body', /links phrase "no-such-phrase"/);
  });

  it('fails when a guide links a card that does not exist', async () => {
    edit('locales/en/guides/detention.md', (t) => t.replace('(card:officer)', '(card:no-such-card)'));
    await expectProblem(
      'locales/en/guides/detention.md',
      'body',
      /link target not allowed: card:no-such-card/,
    );
  });

  it('accepts links to a real phrase and to the officer card', async () => {
    const text = readFileSync(join(root, 'locales/en/guides/detention.md'), 'utf8');
    expect(text).toContain('(phrase:need-interpreter)');
    expect(text).toContain('(card:officer)');
    for (const lang of ['en', 'ru', 'uz']) {
      edit(`locales/${lang}/guides/police-check.md`, (t) =>
        t.replace(/\n1\. ([^\n]*)/, '\n1. $1 [Card](card:officer) [Phrase](phrase:citizen-uzbekistan)'),
      );
    }
    expect(await problems()).toEqual([]);
  });

  it('takes guide ids from the files: a guide added in one language only is missing in the others', async () => {
    cpSync(join(root, 'locales/en/guides/debts.md'), join(root, 'locales/en/guides/new-topic.md'));
    edit('locales/en/guides/new-topic.md', (t) => t.replace('id: debts', 'id: new-topic'));
    await expectProblem('locales/ru/guides/new-topic.md', 'file', /guide "new-topic" is missing in ru/);
    await expectProblem('locales/uz/guides/new-topic.md', 'file', /missing in uz/);
  });

  it('fails when front matter names a contact that does not exist', async () => {
    edit('locales/en/guides/detention.md', (t) => t.replace(/contacts: \[/, 'contacts: [no-such-office, '));
    await expectProblem(
      'locales/en/guides/detention.md',
      'contacts',
      /contact "no-such-office" does not exist/,
    );
  });

  for (const wrong of ["'", '`', '‘', '’']) {
    it(`fails when Uzbek Latin writes oʻ with ${wrong} instead of U+02BB`, async () => {
      edit('locales/uz/guides/detention.md', (t) => t.replace('oʻ', `o${wrong}`));
      await expectProblem('locales/uz/guides/detention.md', 'text', /U\+02BB/);
    });
  }

  it('fails when Uzbek contact text uses an apostrophe for gʻ', async () => {
    edit('content/contacts.yaml', (t) => t.replace(/uz: (.*)oʻ/, "uz: $1o'"));
    await expectProblem('content/contacts.yaml', /\.uz$/, /U\+02BB/);
  });

  it('fails when Russian text sits in the Uzbek file', async () => {
    const russian =
      readFileSync(join(root, 'locales/ru/guides/detention.md'), 'utf8').split('## do-now')[1] ?? '';
    edit('locales/uz/guides/detention.md', (t) => `${t.split('## do-now')[0]}## do-now${russian}`);
    await expectProblem('locales/uz/guides/detention.md', 'text', /Latin/);
  });

  it('fails when English text sits in the Russian file', async () => {
    const english =
      readFileSync(join(root, 'locales/en/guides/detention.md'), 'utf8').split('## do-now')[1] ?? '';
    edit('locales/ru/guides/detention.md', (t) => `${t.split('## do-now')[0]}## do-now${english}`);
    await expectProblem('locales/ru/guides/detention.md', 'text', /Cyrillic/);
  });

  for (const placeholder of ['TODO', 'lorem ipsum', 'xxx']) {
    it(`fails when placeholder text "${placeholder}" remains`, async () => {
      edit('locales/en/guides/debts.md', (t) => t.replace(/\n1\. /, `\n1. ${placeholder} `));
      await expectProblem('locales/en/guides/debts.md', 'text', /placeholder/);
    });
  }

  it('fails on raw HTML in a guide', async () => {
    edit('locales/en/guides/debts.md', (t) => t.replace(/\n1\. /, '\n1. <img src=x onerror=alert(1)> '));
    await expectProblem('locales/en/guides/debts.md', 'body', /not allowed/);
  });

  it('fails on a javascript: link in a guide', async () => {
    edit('locales/en/guides/debts.md', (t) => t.replace(/\n1\. /, '\n1. [click](javascript:alert(1)) '));
    await expectProblem('locales/en/guides/debts.md', 'body', /link target not allowed/);
  });

  it('fails when shared front matter differs between languages', async () => {
    edit('locales/ru/guides/debts.md', (t) => t.replace(/order: \d+/, 'order: 9'));
    await expectProblem('locales/ru/guides/debts.md', 'front matter', /differ/);
  });

  it('fails on a character reference in a text (a rule the app applies to every pack)', async () => {
    edit('content/phrases.yaml', (t) => t.replace(/(\n\s+en: )(["']?)/, '$1$2&#x3C;b&#x3E; '));
    await expectProblem('pack', 'unsafe-text', /phrases\.\d+\.text\.en is not plain text/);
  });
});
