/**
 * The volunteer kit in a real browser: the QR code scans back to the app's address, the message
 * copies, the single file downloads (and is not precached), every browser has install steps, and
 * the leaflet prints on exactly one page of A4 and of A6.
 */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BROWSER_NAMES } from '../../src/features/share/names';
import type { Lang } from '../../src/i18n/languages';
import { AppPage } from './support/app';
import { BUILD_SINGLE, BUILD_V1, builtPack } from './support/builds';
import { launchChromium } from './support/chromium';
import { StaticServer } from './support/server';
import { uiString } from './support/strings';

const pack = builtPack(BUILD_V1);
const server = new StaticServer(BUILD_V1);
let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;

/** Page model for the share screen and the leaflet. */
class SharePage {
  constructor(readonly page: Page) {}

  qrCode(scope = this.page.locator('main')) {
    return scope.getByTestId('qr-code');
  }

  /** Reads the QR code the way a phone camera would: from the pixels on screen. */
  async scanQrCode(): Promise<string | undefined> {
    const qr = this.qrCode();
    await qr.waitFor();
    const png = PNG.sync.read(await qr.screenshot());
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  }

  /** Prints to PDF at the page size the stylesheet asks for; returns its pages' sizes in points. */
  async printedPages(): Promise<{ width: number; height: number }[]> {
    const pdf = (await this.page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    // Each page object names its own MediaBox; "/Type /Pages" (the page tree) is not a page.
    const pages = [...pdf.matchAll(/\/Type\s*\/Page(?![s\w])[\s\S]*?\/MediaBox\s*\[([^\]]*)\]/g)];
    return pages.map(([, box]) => {
      const [, , width = 0, height = 0] = (box ?? '').trim().split(/\s+/).map(Number);
      return { width, height };
    });
  }
}

const share = () => new SharePage(page);

/** Paper sizes in points (1/72 inch); Chromium rounds the page to whole CSS pixels, within 1 pt. */
const A4 = { width: 595.28, height: 841.89 };
const A6 = { width: 297.64, height: 419.53 };

function expectPaper(printed: { width: number; height: number } | undefined, paper: typeof A4): void {
  expect(Math.abs((printed?.width ?? 0) - paper.width)).toBeLessThan(1);
  expect(Math.abs((printed?.height ?? 0) - paper.height)).toBeLessThan(1);
}

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  page = await context.newPage();
  app = new AppPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('share screen', () => {
  for (const lang of ['en', 'uz-Cyrl'] as const satisfies readonly Lang[]) {
    it(`${lang}: the QR code on screen scans back to the app's address in ${lang}`, async () => {
      await app.open(`/${lang}/share`);
      await app.expectHeading(uiString(lang, 'share.title'));
      const link = `${server.origin}/#/${lang}/`;
      expect(await page.getByTestId('install-link').textContent()).toBe(link);
      expect(await share().scanQrCode()).toBe(link);
    });
  }

  it('the message carries the link and copies with a visible confirmation', async () => {
    await app.open('/en/share');
    const message = page.getByTestId('share-message');
    await message.waitFor();
    const link = `${server.origin}/#/en/`;
    expect(await message.textContent()).toContain(link);
    await page.getByRole('button', { name: uiString('en', 'share.copy') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: uiString('en', 'share.copied') })
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toHaveLength(2);
    expect(copied).toContain(uiString('en', 'share.message.line1'));
    expect(copied.endsWith(link)).toBe(true);
  });

  it('offers the single file as a download, byte for byte the built file', async () => {
    await app.open('/en/share');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: uiString('en', 'share.file.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('hamroh.html');
    const path = await download.path();
    expect(readFileSync(path).equals(readFileSync(BUILD_SINGLE))).toBe(true);
  });

  it('the single file is not precached: the first visit stays small', async () => {
    await app.open('/en/share');
    await app.waitForServiceWorker();
    await app.waitForPrecache('/content/pack.json');
    expect(await app.precachedPaths()).not.toContain('/hamroh.html');
  });

  it('has install steps with a picture for each of the five browsers', async () => {
    await app.open('/ru/share');
    await app.expectHeading(uiString('ru', 'share.title'));
    const browsers = page.locator('details.install-browser');
    expect(await browsers.locator('summary').allTextContents()).toEqual(Object.values(BROWSER_NAMES));
    for (let i = 0; i < (await browsers.count()); i++) {
      const steps = browsers.nth(i).locator('.install-steps li');
      expect(await steps.count()).toBeGreaterThanOrEqual(3);
      expect(await steps.locator('svg').count()).toBe(await steps.count());
    }
    // The Safari note warns about the 7-day limit, with the browser's name filled in.
    expect(await browsers.nth(4).textContent()).toContain(
      uiString('ru', 'share.install.safariNote')
        .replace('{{browser}}', 'Safari')
        .replace('{{wifi}}', 'Wi‑Fi'),
    );
  });
});

describe('leaflet', () => {
  beforeAll(async () => {
    await app.open('/ru/share/leaflet');
    await app.expectHeading(uiString('ru', 'share.leaflet.heading'));
    await share().qrCode(page.getByTestId('leaflet')).waitFor();
    // The emergency numbers come from the content: wait until both countries are there.
    const ru = pack.contacts.find((c) => c.id === 'emergency-ru');
    const uz = pack.contacts.find((c) => c.id === 'emergency-uz');
    for (const contact of [ru, uz]) {
      if (!contact) throw new Error('emergency contacts missing from the pack');
      await page.getByRole('heading', { level: 3, name: contact.name.ru }).waitFor();
    }
  });

  it('prints on exactly one A4 page', async () => {
    const pages = await share().printedPages();
    expect(pages).toHaveLength(1);
    expectPaper(pages[0], A4);
  });

  it('prints on exactly one A6 page once A6 is chosen', async () => {
    await page.getByRole('radio', { name: 'A6' }).check();
    const pages = await share().printedPages();
    expect(pages).toHaveLength(1);
    expectPaper(pages[0], A6);
  });
});
