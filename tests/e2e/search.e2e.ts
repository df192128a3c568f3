/**
 * Search works offline, as you type: after one visit the server is stopped and the network cut,
 * and a search typed in Russian still finds the guides, updates with every key, and opens the
 * right guide. MiniSearch is not in the first download: it comes with the search screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Lang } from '../../src/i18n/languages';
import { AppPage } from './support/app';
import { BUILD_V1, builtPack } from './support/builds';
import { launchChromium } from './support/chromium';
import { StaticServer } from './support/server';
import { uiString } from './support/strings';

const pack = builtPack(BUILD_V1);
const guideTitle = (lang: Lang, id: string) => {
  const guide = pack.guides.find((g) => g.lang === lang && g.id === id);
  if (!guide) throw new Error(`no ${id} in ${lang}`);
  return guide.title;
};

/** Page model for the search screen. */
class SearchPage {
  constructor(readonly page: Page) {}

  input(lang: Lang) {
    return this.page.getByRole('searchbox', { name: uiString(lang, 'search.label') });
  }

  results() {
    return this.page.locator('.search-results > li > a');
  }

  /** The title of the first result, once it is `title` (results follow the typing). */
  async expectFirstResult(title: string): Promise<void> {
    await this.results().first().locator('.link-card-title', { hasText: title }).waitFor({ timeout: 10_000 });
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 60 });
  }
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;
let search: SearchPage;
const server = new StaticServer(BUILD_V1);

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  app = new AppPage(page, server.origin);
  search = new SearchPage(page);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('search', () => {
  it('keeps MiniSearch out of the first download', () => {
    const html = readFileSync(join(BUILD_V1, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial)
      expect(readFileSync(join(BUILD_V1, file), 'utf8'), file).not.toContain('MiniSearch');
  });

  it('installs on the first visit', async () => {
    await app.open('/ru/');
    await app.expectHeading(uiString('ru', 'home.urgent'));
    await app.waitForServiceWorker();
    await app.waitForPrecache('/content/pack.json');
  });

  describe('offline, with the server stopped', () => {
    beforeAll(async () => {
      await server.stop();
      await context.setOffline(true);
    });

    it('finds guides as you type, keeps the words out of the address and History, and opens the right one', async () => {
      await app.open('/ru/search');
      await app.expectHeading(uiString('ru', 'search.title'));
      await expect.poll(() => search.input('ru').evaluate((el) => el === document.activeElement)).toBe(true);
      const entries = await page.evaluate(() => history.length);

      await search.type('пасп');
      await search.expectFirstResult(guideTitle('ru', 'passport-taken'));
      expect(page.url()).toBe(app.url('/ru/search'));

      await page.keyboard.press('Control+A');
      await search.type('долг');
      await search.expectFirstResult(guideTitle('ru', 'debts'));
      expect(page.url()).toBe(app.url('/ru/search'));
      expect(await page.title()).toBe(uiString('ru', 'app.name'));
      expect(await page.evaluate(() => history.length)).toBe(entries);
      expect(await search.results().first().locator('mark').first().textContent()).toMatch(/^долг/i);

      await search.results().first().click();
      await app.expectHeading(guideTitle('ru', 'debts'));
      expect(page.url()).toBe(app.url('/ru/guides/debts'));

      await page.goBack();
      await app.expectHeading(uiString('ru', 'search.title'));
      expect(await search.input('ru').inputValue()).toBe('долг');
    });

    it('finds Uzbek typed with Russian letters, and a phone number by some of its digits', async () => {
      await app.open('/uz/search?q=карз');
      await search.expectFirstResult(guideTitle('uz', 'debts'));
      await app.open(`/ru/search?q=${encodeURIComponent('238 36')}`);
      const embassy = pack.contacts.find((c) => c.id === 'embassy-moscow');
      await search.expectFirstResult(embassy?.name.ru ?? 'embassy-moscow');
      expect(await search.results().first().getAttribute('href')).toBe('#/ru/contacts/embassy-moscow');
    });

    it('offers the emergency numbers and the embassy when nothing is found', async () => {
      await app.open('/en/search?q=zzxqvw');
      await page.getByText(uiString('en', 'search.noResults').replace('{{query}}', 'zzxqvw')).waitFor();
      for (const id of ['emergency-ru', 'emergency-uz', 'embassy-moscow']) {
        const contact = pack.contacts.find((c) => c.id === id);
        const link = page.getByRole('link', { name: contact?.name.en, exact: true });
        expect(await link.getAttribute('href')).toBe(`#/en/contacts/${id}`);
      }
    });

    it('the labelled Search link on every screen opens the search, ready to type', async () => {
      await app.open('/en/guides');
      await app.expectHeading(uiString('en', 'guides.title'));
      await page
        .getByRole('navigation')
        .getByRole('link', { name: uiString('en', 'nav.search') })
        .click();
      await app.expectHeading(uiString('en', 'search.title'));
      await expect.poll(() => search.input('en').evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('amina');
      await search.expectFirstResult(guideTitle('en', 'amina'));
      expect(page.url()).toBe(app.url('/en/search'));
    });

    it('a link that carries a query is honoured once, then the query leaves the address', async () => {
      await app.open('/en/search?q=amina');
      await search.expectFirstResult(guideTitle('en', 'amina'));
      await expect.poll(() => page.url()).toBe(app.url('/en/search'));
      expect(await search.input('en').inputValue()).toBe('amina');
    });
  });
});
