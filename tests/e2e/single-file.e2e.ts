/**
 * The single-file edition: one HTML file that works opened from the phone's files, with no
 * network at all, in all four scripts, showing which content it carries. No request may leave
 * the file: only file:, data: and blob: addresses are allowed.
 */
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { shortFingerprint } from '../../src/content/fingerprint';
import { LANG_CODES } from '../../src/i18n/languages';
import { BUDGET_BYTES } from '../../scripts/build-single';
import { AppPage } from './support/app';
import { BUILD_SINGLE, BUILD_V1, builtPack } from './support/builds';
import { launchChromium } from './support/chromium';
import { uiString } from './support/strings';

// The same content as the normal build's pack.
const pack = builtPack(BUILD_V1);
const fileUrl = pathToFileURL(BUILD_SINGLE).href;
const requests: string[] = [];
const problems: string[] = [];
let browser: Browser;
let page: Page;
let app: AppPage;

async function openInFile(route: string): Promise<void> {
  await page.goto(`${fileUrl}#${route}`);
}

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext();
  await context.setOffline(true);
  context.on('request', (r) => requests.push(r.url()));
  page = await context.newPage();
  // A blocked inline script or style (the file's CSP allows its own by hash) shows up here.
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  app = new AppPage(page, fileUrl);
});

afterAll(async () => {
  await browser?.close();
});

describe('the single file, opened from file:// with the network cut', () => {
  it('fits the size budget', () => {
    expect(statSync(BUILD_SINGLE).size).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  for (const lang of LANG_CODES) {
    it(`${lang}: shows a guide from the content inside the file`, async () => {
      const guide = pack.guides.find((g) => g.lang === lang && g.id === 'detention');
      if (!guide) throw new Error(`no detention guide in ${lang}`);
      await openInFile(`/${lang}/guides/detention`);
      await app.expectHeading(guide.title);
      await page.getByRole('heading', { level: 2, name: uiString(lang, 'guide.section.do-now') }).waitFor();
      expect(await app.htmlLang()).toBe(lang);
    });
  }

  it('the about screen shows the content version and fingerprint', async () => {
    await openInFile('/en/about');
    await app.expectHeading(uiString('en', 'about.title'));
    await page.getByTestId('content-fingerprint').waitFor();
    expect(await page.getByTestId('content-version').textContent()).toBe(String(pack.version));
    expect(await page.getByTestId('content-fingerprint').textContent()).toBe(shortFingerprint(pack.hash));
  });

  it('is read-only (nothing to save a topic to) and runs no service worker', async () => {
    await openInFile('/ru/guides/detention');
    await app.expectHeading(pack.guides.find((g) => g.key === 'ru:detention')?.title ?? '');
    expect(await page.getByRole('button', { name: uiString('ru', 'guide.save') }).count()).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  });

  it('made no request outside the file, and nothing was blocked or failed', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the single file in a browser too old to unpack it', () => {
  it('says so in all four scripts instead of showing a blank page', async () => {
    const context = await browser.newContext();
    const old = await context.newPage();
    await old.addInitScript(() => Reflect.deleteProperty(window, 'DecompressionStream'));
    await old.goto(`${fileUrl}#/uz/`);
    const message = old.locator('#hamroh-old-browser');
    await message.waitFor();
    for (const lang of LANG_CODES) expect(await message.locator(`p[lang="${lang}"]`).isVisible()).toBe(true);
    expect(await message.locator('p[lang="ru"]').textContent()).toBe(
      uiString('ru', 'share.singleFile.oldBrowser').replace('{{browser}}', 'Chrome'),
    );
    await context.close();
  });
});
