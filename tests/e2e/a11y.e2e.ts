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
import { uiString } from './support/strings';

const ROUTES = [
  '',
  'guides',
  'guides/detention',
  'guides/military-contract',
  'contacts',
  'contacts/embassy-moscow',
  'emergency',
  'phrases',
  'phrases/need-interpreter',
  'card',
  'card/print',
  'search',
  'share/leaflet',
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
  it('the contacts screen with "save contacts" open has no violation', async () => {
    await app.open('/uz/contacts');
    await settle();
    await page.getByRole('button', { name: uiString('uz', 'contact.saveAllToPhone') }).click();
    await page.locator('.bulk-save').waitFor();
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

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
  /**
   * Words are never split mid-word: with word breaking switched off, nothing may stick out past
   * the screen's edge (a word that needed splitting would). And nothing scrolls sideways.
   */
  async function wordsThatDoNotFit(): Promise<string[]> {
    return page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '* { overflow-wrap: normal !important; word-break: normal !important; }';
      document.head.append(style);
      const width = document.documentElement.clientWidth;
      const out = [...document.querySelectorAll('#root *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1))
        .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
      style.remove();
      return out;
    });
  }

  for (const [width, fontSize, langs] of [
    [360, 32, LANG_CODES], // the browser's 200 % text
    [320, 32, ['ru', 'uz']],
    [320, 20, ['uz', 'uz-Cyrl']], // the app's own "larger text" (125 %)
  ] as const) {
    it(`at ${width} px with ${fontSize}-px text no word is split or clipped, nothing scrolls sideways`, async () => {
      const cdp = await context.newCDPSession(page);
      await page.setViewportSize({ width, height: 640 });
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize, fixed: 13 } });
      const found: string[] = [];
      for (const lang of langs) {
        for (const route of ROUTES) {
          await app.open(`/${lang}/${route}`);
          await settle();
          const sideways = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (sideways > 0) found.push(`${lang}/${route}: scrolls sideways by ${sideways}px`);
          for (const word of await wordsThatDoNotFit()) found.push(`${lang}/${route}: ${word}`);
        }
      }
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
      await page.setViewportSize({ width: 320, height: 640 });
      expect(found).toEqual([]);
    });
  }

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
