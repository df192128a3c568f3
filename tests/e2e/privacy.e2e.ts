/**
 * What the browser keeps (issue 20, part 1): History stores every address and title, and tab
 * restore keeps form text. Offline, on every screen in every language: the title is the app's
 * name, the screen's heading is announced instead, and every text field opts out of autofill.
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
const SCREENS = [
  '',
  'guides',
  ...pack.guides.filter((g) => g.lang === 'en').map((g) => `guides/${g.id}`),
  'contacts',
  ...pack.contacts.map((c) => `contacts/${c.id}`),
  'emergency',
  'phrases',
  `phrases/${pack.phrases[0]?.id ?? ''}`,
  'card',
  'search',
  'share',
  'share/leaflet',
  'settings',
  'about',
];
let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  app = new AppPage(page, server.origin);
  await app.open('/en/');
  await app.expectHeading(uiString('en', 'home.urgent'));
  await app.waitForServiceWorker();
  await app.waitForPrecache('/content/pack.json');
  await server.stop();
  await context.setOffline(true);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('nothing telling in History', () => {
  for (const lang of LANG_CODES) {
    it(`${lang}: every screen's title is the app's name (index.html's), and its heading is announced instead`, async () => {
      const found: string[] = [];
      await app.open(`/${lang}/`);
      await app.heading().first().waitFor();
      for (const screen of SCREENS.slice(1)) {
        await app.open(`/${lang}/${screen}`);
        const heading = app.heading().first();
        await heading.waitFor({ state: 'attached' });
        await page.waitForFunction(() => !document.querySelector('#root .loading'));
        const title = await page.title();
        if (title !== 'Hamroh') found.push(`${screen}: title "${title}"`); // index.html's, never changed
        const text = (await heading.textContent())?.trim() ?? '';
        const announcer = page.getByTestId('route-announcer');
        if ((await announcer.count()) > 0) {
          await expect.poll(() => announcer.textContent(), { message: screen }).toBe(text);
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('no guide or contact heading ever becomes the title', async () => {
    for (const [route, name] of [
      ['/en/guides/detention', pack.guides.find((g) => g.key === 'en:detention')?.title],
      ['/en/contacts/ovd-info', pack.contacts.find((c) => c.id === 'ovd-info')?.name.en],
    ] as const) {
      await app.open(route);
      await app.expectHeading(name ?? '');
      expect(await page.title()).toBe('Hamroh');
    }
  });
});

describe('no form text kept by the browser', () => {
  it('every text field and text area on every screen opts out of autofill and form restore', async () => {
    const found: string[] = [];
    for (const lang of ['en', 'uz'] as const) {
      for (const screen of SCREENS) {
        await app.open(`/${lang}/${screen}`);
        await app.heading().first().waitFor({ state: 'attached' });
        await page.waitForFunction(() => !document.querySelector('#root .loading'));
        const fields = await page.evaluate(() =>
          [...document.querySelectorAll('#root input, #root textarea')]
            .filter(
              (el) =>
                !['checkbox', 'radio', 'button', 'submit', 'hidden', 'file'].includes(
                  (el as HTMLInputElement).type,
                ),
            )
            .map((el) => ({
              id: el.id || el.getAttribute('name') || el.tagName,
              autocomplete:
                el.getAttribute('autocomplete') ?? el.closest('form')?.getAttribute('autocomplete') ?? null,
            })),
        );
        for (const f of fields)
          if (f.autocomplete !== 'off') found.push(`${lang}/${screen}: ${f.id} (${f.autocomplete})`);
      }
    }
    expect(found).toEqual([]);
  });
});
