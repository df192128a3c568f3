/**
 * The first screen paints without JavaScript: with every script blocked, the language choice and
 * each language's home are already there, and React's screen, once it takes over, says the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANG_CODES } from '../../src/i18n/languages';
import { AppPage } from './support/app';
import { BUILD_V1, builtPack } from './support/builds';
import { launchChromium } from './support/chromium';
import { StaticServer } from './support/server';
import { uiString } from './support/strings';

const pack = builtPack(BUILD_V1);
const server = new StaticServer(BUILD_V1);
let browser: Browser;

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

async function withoutScripts(run: (page: Page, app: AppPage) => Promise<void>): Promise<void> {
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/*.js', (route) => route.abort());
  const page = await context.newPage();
  await run(page, new AppPage(page, server.origin));
  await context.close();
}

const visibleText = (page: Page) =>
  page.evaluate(() => (document.getElementById('root') as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

describe('without JavaScript', () => {
  it('the first visit shows the language choice', async () => {
    await withoutScripts(async (page, app) => {
      await app.open('/');
      await app.expectHeading('Hamroh');
      for (const name of ['Oʻzbekcha', 'Ўзбекча', 'Русский', 'English'])
        await page.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();
    });
  });

  for (const lang of LANG_CODES) {
    it(`${lang}: the home screen is already painted, with the urgent topics`, async () => {
      await withoutScripts(async (page, app) => {
        await app.open(`/${lang}/`);
        await app.expectHeading(uiString(lang, 'home.urgent'));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        for (const guide of pack.guides.filter((g) => g.lang === lang && g.category === 'urgent')) {
          expect(await page.getByRole('link', { name: guide.title }).getAttribute('href')).toBe(
            `#/${lang}/guides/${guide.id}`,
          );
        }
        await page.getByRole('button', { name: uiString(lang, 'safety.exit') }).waitFor();
        // The other languages' stored screens are gone: page text holds only what is shown.
        expect(await page.locator('script[type="text/html"]').count()).toBe(0);
        const otherLang = lang === 'en' ? 'ru' : 'en';
        const otherTitle = pack.guides.find((g) => g.lang === otherLang && g.category === 'urgent')?.title;
        expect(await page.evaluate(() => document.documentElement.textContent)).not.toContain(otherTitle);
      });
    });
  }
});

describe('React takes over', () => {
  for (const lang of LANG_CODES) {
    it(`${lang}: shows the same text as the prerendered screen, in one #root`, async () => {
      let prerendered = '';
      await withoutScripts(async (page, app) => {
        await app.open(`/${lang}/`);
        await app.expectHeading(uiString(lang, 'home.urgent'));
        prerendered = await visibleText(page);
      });
      const context = await browser.newContext();
      const page = await context.newPage();
      const app = new AppPage(page, server.origin);
      await app.open(`/${lang}/`);
      await page.locator('#root:not([data-prerendered]) .action-list a').first().waitFor({ timeout: 30_000 }); // first run: content is installed first
      expect(await page.locator('#root').count()).toBe(1);
      expect(await visibleText(page)).toBe(prerendered);
      await context.close();
    });
  }
});

describe('display options', () => {
  it('larger text chosen in settings is there from the first paint of the next start', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    await app.open('/en/settings');
    await page.getByLabel(uiString('en', 'display.largeText')).check();
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const larger = await fontSize();

    // The next start with every script file blocked: only the first-paint script runs.
    await context.route('**/*.js', (route) => route.abort());
    await app.open('/en/');
    await page.reload();
    await app.expectHeading(uiString('en', 'home.urgent'));
    expect(await page.evaluate(() => document.documentElement.className)).toContain('display-large-text');
    expect(await fontSize()).toBe(larger);

    await context.unroute('**/*.js');
    await page.reload();
    await app.open('/en/settings');
    await page.getByLabel(uiString('en', 'display.largeText')).uncheck();
    await page.reload();
    await app.expectHeading(uiString('en', 'settings.title'));
    expect(await page.evaluate(() => document.documentElement.className)).not.toContain('display-large-text');
    await context.close();
  });
});
