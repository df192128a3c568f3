/**
 * Accessibility: axe-core finds no violation on any route in any of the four scripts, and at
 * 320 px wide with text at 200 % nothing scrolls sideways.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANG_CODES } from '../../src/i18n/languages';
import { AppPage } from './support/app';
import { BUILD_V1 } from './support/builds';
import { launchChromium } from './support/chromium';
import { StaticServer } from './support/server';

const ROUTES = [
  '',
  'guides',
  'guides/detention',
  'guides/military-contract',
  'contacts',
  'contacts/embassy-moscow',
  'emergency',
  'phrases',
  'card',
  'settings',
  'about',
  'no-such-page',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const server = new StaticServer(BUILD_V1);
let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  page = await context.newPage();
  app = new AppPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

async function settle(): Promise<void> {
  await app.heading().first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 10_000 });
}

describe('axe', () => {
  it('the language choice has no violation', async () => {
    await app.open('/');
    await settle();
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  for (const lang of LANG_CODES) {
    it(`${lang}: every route has no violation`, async () => {
      const found: string[] = [];
      for (const route of ROUTES) {
        await app.open(`/${lang}/${route}`);
        await settle();
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations)
          found.push(`${route}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
      expect(found).toEqual([]);
    });
  }
});

describe('small screens and large text', () => {
  it('at 320 px and 200 % text nothing scrolls sideways', async () => {
    // The phone's own text-size setting: the default font doubled from 16 to 32 px.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    for (const route of ROUTES) {
      await app.open(`/ru/${route}`);
      await settle();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
  });

  it('every control can be reached by keyboard and shows a visible focus ring', async () => {
    await app.open('/en/');
    await settle();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
  });
});
