/**
 * Content updates in a real browser, against a build that trusts a throwaway key: a newer signed
 * pack published next to the app replaces a guide's title on screen, without a reload, as soon as
 * the connection comes back; a tampered pack (a changed phone number under the old signature) is
 * refused with a notice and the content stays as it was; a rollback brings the old texts back.
 * The build is copied to a temporary folder first, so other tests' builds stay untouched.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { packHash } from '../../src/content/fingerprint';
import type { Pack } from '../../src/content/schema';
import { signPack } from '../../src/content/updates/signature';
import { AppPage } from './support/app';
import { BUILD_SIGNED, E2E_PACK_SECRET_KEY, builtPack } from './support/builds';
import { launchChromium } from './support/chromium';
import { StaticServer } from './support/server';
import { uiString } from './support/strings';

const site = mkdtempSync(join(tmpdir(), 'hamroh-content-update-'));
cpSync(BUILD_SIGNED, site, { recursive: true });
const shipped = builtPack(site);
const guide = shipped.guides.find((g) => g.lang === 'en');
const contact = shipped.contacts.find((c) => c.phones.length > 0);
if (!guide || !contact) throw new Error('the built pack has an English guide and a contact with a phone');
const originalNumber = contact.phones[0]?.number ?? '';
const FORGED_NUMBER = '+79990001122';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;
let published: Pack & { signature: string };
const server = new StaticServer(site, { etag: true }); // ETags, as real hosts send

/** Puts a pack where the app looks for updates: content/pack.json next to the app. */
function publish(pack: Pack): void {
  writeFileSync(join(site, 'content', 'pack.json'), JSON.stringify(pack));
}

const contentVersion = () => page.getByTestId('content-version').textContent();
const lastCheck = () => page.getByTestId('last-update-check');
/** Set once on the page; still there later means the page was never reloaded. */
const markPage = () => page.evaluate(() => Object.assign(window, { hamrohSamePage: true }));
const isSamePage = () => page.evaluate(() => 'hamrohSamePage' in window);

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  app = new AppPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
  rmSync(site, { recursive: true, force: true });
});

it('checks soon after start; the pack the site already serves is "up to date"', async () => {
  await app.open('/en/about');
  await app.waitForServiceWorker();
  await app.waitForPrecache('/content/pack.json');
  await lastCheck()
    .filter({ hasText: uiString('en', 'updates.result.up-to-date') })
    .waitFor({ timeout: 20_000 });
  expect(await contentVersion()).toBe(String(shipped.version));
});

it('a check with nothing new downloads no pack: the site answers "not modified"', async () => {
  const checksSoFar = server.answers.length;
  const packAnswers = () =>
    server.answers.slice(checksSoFar).filter((a) => a.path === '/content/pack.json?check=1');
  await page.getByRole('button', { name: uiString('en', 'updates.checkNow') }).click();
  await expect.poll(() => packAnswers().length, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(packAnswers().map((a) => a.status)).toEqual([304]);
  await lastCheck()
    .filter({ hasText: uiString('en', 'updates.result.up-to-date') })
    .waitFor();
  expect(await contentVersion()).toBe(String(shipped.version));
});

it('a newer signed pack replaces the title on screen when the connection comes back, without a reload', async () => {
  await app.open(`/en/guides/${guide.id}`);
  await app.expectHeading(guide.title);
  await markPage();

  const body = structuredClone(shipped);
  const updated = body.guides.find((g) => g.key === guide.key);
  if (!updated) throw new Error('guide is in the copy');
  updated.title = `${guide.title} (updated)`;
  published = await signPack(
    { ...body, version: shipped.version + 1, hash: await packHash(body) },
    E2E_PACK_SECRET_KEY,
  );
  publish(published);

  await context.setOffline(true);
  await context.setOffline(false); // the connection comes back: the app checks
  await app.expectHeading(`${guide.title} (updated)`);
  expect(await isSamePage()).toBe(true);
});

it('the about screen shows the new version, where it came from and the check', async () => {
  await app.open('/en/about'); // a hash change: same page
  await page
    .getByTestId('content-version')
    .filter({ hasText: String(published.version) })
    .waitFor();
  await page.getByText(uiString('en', 'about.source.online'), { exact: true }).waitFor();
  expect(await lastCheck().textContent()).toContain(
    uiString('en', 'updates.result.updated').replace('{{version}}', String(published.version)),
  );
  expect(await isSamePage()).toBe(true);
});

it('a tampered pack (changed phone number, old signature) is refused with a notice; the content stays', async () => {
  const tampered = structuredClone(published);
  const target = tampered.contacts.find((c) => c.id === contact.id)?.phones[0];
  if (!target) throw new Error('contact is in the copy');
  target.number = FORGED_NUMBER;
  target.display = FORGED_NUMBER;
  // A newer version and a correct hash: only the signature, made for the real content, can catch it.
  publish({ ...tampered, version: published.version + 1, hash: await packHash(tampered) });

  await page.getByRole('button', { name: uiString('en', 'updates.checkNow') }).click();
  const notice = page.getByTestId('update-rejected');
  await notice.waitFor({ timeout: 20_000 });
  expect(await notice.textContent()).toContain(uiString('en', 'updates.reason.signature'));
  expect(
    await page
      .getByRole('alert')
      .filter({ hasText: uiString('en', 'updates.rejectedNotice') })
      .count(),
  ).toBe(1);
  expect(await contentVersion()).toBe(String(published.version));

  await app.open(`/en/contacts/${contact.id}`);
  await page.locator(`a[href="tel:${originalNumber}"]`).first().waitFor();
  expect(await page.locator(`a[href="tel:${FORGED_NUMBER}"]`).count()).toBe(0);
  await app.open(`/en/guides/${guide.id}`);
  await app.expectHeading(`${guide.title} (updated)`);
  expect(await isSamePage()).toBe(true);
});

it('one tap rolls back to the previous texts, live', async () => {
  await app.open('/en/about');
  await page
    .getByRole('button', {
      name: uiString('en', 'updates.rollback').replace('{{version}}', String(shipped.version)),
    })
    .click();
  await page
    .getByTestId('content-version')
    .filter({ hasText: String(shipped.version) })
    .waitFor();
  await app.open(`/en/guides/${guide.id}`);
  await app.expectHeading(guide.title);
  expect(await isSamePage()).toBe(true);
});

it('settings: a file signed by another key is refused in the person’s language; a genuine file is installed', async () => {
  const ruGuide = shipped.guides.find((g) => g.key === `ru:${guide.id}`);
  if (!ruGuide) throw new Error('the guide exists in Russian');
  await app.open('/ru/settings');
  const input = page.getByLabel(uiString('ru', 'updates.importLabel'));
  const asFile = (pack: Pack) => ({
    name: 'hamroh-update.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack)),
  });

  const body = structuredClone(shipped);
  const changed = body.guides.find((g) => g.key === ruGuide.key);
  if (!changed) throw new Error('guide is in the copy');
  changed.title = `${ruGuide.title} (из файла)`;
  const header = { ...body, version: published.version + 2, hash: await packHash(body) };

  await input.setInputFiles(asFile(await signPack(header, '08'.repeat(32))));
  await page
    .getByRole('alert')
    .filter({ hasText: uiString('ru', 'updates.reason.signature') })
    .waitFor();

  await input.setInputFiles(asFile(await signPack(header, E2E_PACK_SECRET_KEY)));
  await page
    .getByRole('status')
    .filter({ hasText: uiString('ru', 'updates.imported').replace('{{version}}', String(header.version)) })
    .waitFor();
  await app.open(`/ru/guides/${guide.id}`);
  await app.expectHeading(`${ruGuide.title} (из файла)`);
  expect(await isSamePage()).toBe(true);
});
