/**
 * The foundation's promise: after one visit everything works with no network and no server, in
 * all four languages, reading content from IndexedDB, and nothing ever leaves the origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANG_CODES, type Lang } from '../../src/i18n/languages';
import { shortFingerprint } from '../../src/content/fingerprint';
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
const contactName = (lang: Lang, id: string) => {
  const contact = pack.contacts.find((c) => c.id === id);
  if (!contact) throw new Error(`no contact ${id}`);
  return contact.name[lang];
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;
const server = new StaticServer(BUILD_V1);
const requests: string[] = [];

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await browser.newContext();
  // Every request the page or its service worker makes, to prove none leaves the origin.
  context.on('request', (r) => requests.push(r.url()));
  page = await context.newPage();
  app = new AppPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('first visit (online)', () => {
  it('offers each language in its own name and script', async () => {
    await app.open('/');
    await app.expectHeading('Hamroh');
    for (const name of ['Oʻzbekcha', 'Ўзбекча', 'Русский', 'English']) {
      await page.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();
    }
  });

  it('choosing a language opens its home screen with content from the pack', async () => {
    await page.getByRole('link', { name: /^English/ }).click();
    await app.expectHeading(uiString('en', 'home.urgent'));
    await page.getByRole('link', { name: guideTitle('en', 'detention') }).waitFor();
    expect(await app.htmlLang()).toBe('en');
  });

  it('installs everything: the service worker controls the page and precaches code, languages and content', async () => {
    await app.waitForServiceWorker();
    await app.waitForPrecache('/content/pack.json');
    const paths = await app.precachedPaths();
    expect(paths).toContain('/index.html');
    expect(paths).toContain('/content/pack.json');
    expect(paths.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(3); // app + one chunk per language
  });
});

describe('offline, with the server stopped', () => {
  beforeAll(async () => {
    await server.stop();
    await context.setOffline(true);
  });

  it('reloads and returns to the saved language from #/', async () => {
    await app.open('/');
    await page.reload();
    await app.expectHeading(uiString('en', 'home.urgent'));
    // The prerendered home of the saved language paints first; the app then moves to its address.
    await page.waitForFunction(() => location.hash === '#/en/');
    expect(page.url()).toBe(app.url('/en/'));
  });

  for (const lang of LANG_CODES) {
    it(`opens every route in ${lang}`, async () => {
      const screens: [string, string][] = [
        [`/${lang}/`, uiString(lang, 'home.urgent')],
        [`/${lang}/guides`, uiString(lang, 'guides.title')],
        [`/${lang}/guides/detention`, guideTitle(lang, 'detention')],
        [`/${lang}/guides/military-contract`, guideTitle(lang, 'military-contract')],
        [`/${lang}/contacts`, uiString(lang, 'contacts.title')],
        [`/${lang}/contacts/embassy-moscow`, contactName(lang, 'embassy-moscow')],
        [`/${lang}/contacts/emergency-ru`, contactName(lang, 'emergency-ru')],
        [`/${lang}/settings`, uiString(lang, 'settings.title')],
        [`/${lang}/about`, uiString(lang, 'about.title')],
        [`/${lang}/no-such-page`, uiString(lang, 'notFound.title')],
        [`/${lang}/guides/no-such-guide`, uiString(lang, 'notFound.title')],
      ];
      for (const [route, heading] of screens) {
        await app.open(route);
        await app.expectHeading(heading);
        expect(await app.htmlLang(), route).toBe(lang);
      }
    });
  }

  for (const lang of LANG_CODES) {
    it(`opens all ${lang} guides and contacts, each with its checked-on date and sources`, async () => {
      const checkedOn = uiString(lang, 'common.checkedOn').split('{{')[0] ?? '';
      for (const guide of pack.guides.filter((g) => g.lang === lang)) {
        await app.open(`/${lang}/guides/${guide.id}`);
        await app.expectHeading(guide.title);
        await page.getByText(uiString(lang, 'guide.sourcesAndQuestions'), { exact: true }).click();
        await page.getByRole('heading', { level: 2, name: uiString(lang, 'common.sources') }).waitFor();
        expect(await page.locator('.checked-on').textContent(), guide.key).toContain(checkedOn.trim());
        expect(await page.locator('.sources li').count(), guide.key).toBe(guide.sources.length);
      }
      for (const contact of pack.contacts) {
        await app.open(`/${lang}/contacts/${contact.id}`);
        await app.expectHeading(contact.name[lang]);
        expect(await page.locator('.checked-on').textContent(), contact.id).toContain(checkedOn.trim());
        // A mission with no number of its own offers the primary mission's call centre instead.
        const standIn =
          contact.phones.length === 0 && ['embassy', 'consulate'].includes(contact.kind) ? 1 : 0;
        expect(await page.locator('a.call').count(), contact.id).toBe(
          contact.phones.length + contact.shortNumbers.length + standIn,
        );
      }
    });
  }

  it('guides show their checked-on date and sources', async () => {
    await app.open('/ru/guides/detention');
    await app.expectHeading(guideTitle('ru', 'detention'));
    await page.getByText(uiString('ru', 'guide.sourcesAndQuestions'), { exact: true }).click();
    await page.getByRole('heading', { level: 2, name: uiString('ru', 'common.sources') }).waitFor();
    const source = pack.guides.find((g) => g.key === 'ru:detention')?.sources[0];
    await page.getByRole('link', { name: source?.url }).first().waitFor();
    expect(await page.locator('.checked-on').textContent()).toMatch(/2026/);
  });

  it('an unknown language goes to the saved one, keeping the page', async () => {
    await app.open('/en/'); // the last language opened is the saved one
    await app.expectHeading(uiString('en', 'home.urgent'));
    await app.open('/de/guides');
    await app.expectHeading(uiString('en', 'guides.title'));
    expect(page.url()).toBe(app.url('/en/guides'));
  });

  it('the about screen shows the installed content version and fingerprint', async () => {
    await app.open('/uz/about');
    await page.getByTestId('content-fingerprint').waitFor();
    expect(await page.getByTestId('content-fingerprint').textContent()).toBe(shortFingerprint(pack.hash));
    expect(await page.getByTestId('content-version').textContent()).toBe(String(pack.version));
  });

  it('screens read from IndexedDB: a changed row shows up live', async () => {
    await app.open('/en/guides/detention');
    await app.expectHeading(guideTitle('en', 'detention'));
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('hamroh');
          open.onsuccess = () => {
            const tx = open.result.transaction('guides', 'readwrite');
            const store = tx.objectStore('guides');
            const get = store.get('en:detention');
            get.onsuccess = () => store.put({ ...get.result, title: 'Changed in IndexedDB' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload(); // Dexie sees changes made by other connections on its next read
    await app.expectHeading('Changed in IndexedDB');
  });

  it('made no request outside the app origin', () => {
    const foreign = requests.filter((url) => !url.startsWith(server.origin) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
  });
});
