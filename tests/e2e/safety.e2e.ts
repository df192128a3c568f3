/**
 * Safe on a phone that may be inspected: the quick exit leaves no way Back, data can be erased so
 * that nothing remains, no page talks to another origin or breaks the CSP, an evicted database is
 * rebuilt with a notice, and no script payload in content or the URL ever runs.
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
const title = (lang: string, id: string) => pack.guides.find((g) => g.key === `${lang}:${id}`)?.title ?? '';
const server = new StaticServer(BUILD_V1);
let browser: Browser;

/** A fresh, installed app in its own context: service worker controlling, content in IndexedDB. */
async function installedApp(): Promise<{ context: BrowserContext; page: Page; app: AppPage }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new AppPage(page, server.origin);
  await app.open('/en/');
  await page.getByRole('link', { name: title('en', 'detention') }).waitFor();
  await app.waitForServiceWorker();
  await app.waitForPrecache('/content/pack.json');
  return { context, page, app };
}

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('quick exit', () => {
  it('one tap shows the calculator, and Back does not bring the guide back', async () => {
    const { context, page, app } = await installedApp();
    await app.open('/en/guides');
    await app.open('/en/guides/detention');
    await app.expectHeading(title('en', 'detention'));
    await page.getByRole('button', { name: uiString('en', 'safety.exit') }).click();
    await page.getByRole('main', { name: uiString('en', 'safety.calculator') }).waitFor();
    expect(page.url()).toBe(app.url('/calc'));
    expect(await page.title()).toBe(uiString('en', 'safety.calculator'));
    expect(await page.locator('body').textContent()).not.toContain(title('en', 'detention'));
    await page.goBack();
    await page.getByRole('main', { name: uiString('en', 'safety.calculator') }).waitFor();
    expect(await page.getByRole('heading').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain(uiString('en', 'guides.title'));
    await page.getByRole('button', { name: '7' }).click();
    await page.getByRole('button', { name: '×' }).click();
    await page.getByRole('button', { name: '6' }).click();
    await page.getByRole('button', { name: '=' }).click();
    expect(await page.locator('output').textContent()).toBe('42');
    await context.close();
  });

  it('the Escape key does the same from any screen', async () => {
    const { context, page, app } = await installedApp();
    await app.open('/ru/contacts');
    await app.expectHeading(uiString('ru', 'contacts.title'));
    await page.keyboard.press('Escape');
    await page.getByRole('main', { name: uiString('ru', 'safety.calculator') }).waitFor();
    await context.close();
  });

  it('an odd address ("#//x" and the like) shows "not found" with Exit, offline, never a blank page', async () => {
    const { context, page, app } = await installedApp();
    await context.setOffline(true);
    // In the language the person last used (the app was opened in English); "#//" is the start.
    const expected: [string, string][] = [
      ['//x', uiString('en', 'notFound.title')],
      ['//evil.example/x', uiString('en', 'notFound.title')],
      ['///en/', uiString('en', 'notFound.title')],
      ['//', uiString('en', 'home.urgent')],
    ];
    for (const [odd, heading] of expected) {
      await page.goto(`${server.origin}/#${odd}`);
      await page.reload(); // the red team's way in: a reload on the odd address itself
      await app.expectHeading(heading);
      await page.getByRole('button', { name: uiString('en', 'safety.exit') }).click();
      await page.getByRole('main', { name: uiString('en', 'safety.calculator') }).waitFor();
    }
    await context.close();
  });
});

describe('erasing data', () => {
  it('"Delete my data" removes saved guides and keeps the guides', async () => {
    const { context, page, app } = await installedApp();
    await app.open('/en/guides/debts');
    await page.getByRole('button', { name: uiString('en', 'guide.save') }).click();
    await page.getByRole('button', { name: uiString('en', 'guide.saved'), pressed: true }).waitFor();
    await app.open('/en/settings');
    await page.getByRole('button', { name: uiString('en', 'safety.deletePersonal') }).click();
    await page.getByText(uiString('en', 'safety.deletedPersonal')).waitFor();
    await app.open('/en/guides/debts');
    await page.getByRole('button', { name: uiString('en', 'guide.save'), pressed: false }).waitFor();
    await context.close();
  });

  it('"Remove everything" leaves no database, cache, service worker or local storage', async () => {
    const { context, page, app } = await installedApp();
    await app.open('/en/settings');
    await page.getByRole('button', { name: uiString('en', 'safety.removeEverything') }).click();
    await page.getByRole('button', { name: uiString('en', 'safety.confirmRemoveYes') }).click();
    await page.getByText(uiString('en', 'safety.removedEverything')).waitFor();
    const left = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      localStorage: localStorage.length,
    }));
    expect(left).toEqual({ databases: [], caches: [], workers: 0, localStorage: 0 });
    await context.close();
  });

  it('a database the browser evicted is rebuilt from the offline copy, and the person is told', async () => {
    const { context, page, app } = await installedApp();
    await server.stop();
    await context.setOffline(true);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('hamroh');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await app.open('/en/');
    await page.reload();
    await page.getByText(uiString('en', 'safety.dataLost')).waitFor();
    await page.getByRole('link', { name: title('en', 'detention') }).waitFor();
    await context.setOffline(false);
    await server.start();
    await context.close();
  });
});

describe('nothing leaves the phone', () => {
  it('no route in any language requests another origin or breaks the Content-Security-Policy', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    const app = new AppPage(page, server.origin);
    await app.open('/');
    await app.expectHeading('Hamroh');
    for (const lang of LANG_CODES) {
      for (const route of [
        '',
        'guides',
        'guides/detention',
        'contacts',
        'contacts/ovd-info',
        'settings',
        'about',
      ]) {
        await app.open(`/${lang}/${route}`);
        await app.heading().first().waitFor();
        expect(
          await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
          route,
        ).toEqual([]);
      }
    }
    const permissions = await page.evaluate(
      async () => (await navigator.permissions.query({ name: 'geolocation' })).state,
    );
    expect(permissions).toBe('prompt'); // never asked, never granted
    expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
    await context.close();
  });
});

describe('injection', () => {
  const PAYLOADS = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=2">',
    '<svg onload="window.__pwned=3">',
    '"><script>window.__pwned=4</script>',
    "'><img src=x onerror=window.__pwned=5>",
    'javascript:window.__pwned=6',
    '<iframe src="javascript:parent.__pwned=7">',
    '<body onload="window.__pwned=8">',
    '<a href="javascript:window.__pwned=9">x</a>',
    '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=10>',
    '{{constructor.constructor("window.__pwned=11")()}}',
    '${window.__pwned=12}',
    '<details open ontoggle="window.__pwned=13">',
    '<input autofocus onfocus="window.__pwned=14">',
    '<video><source onerror="window.__pwned=15">',
    '<object data="javascript:window.__pwned=16">',
    '<embed src="javascript:window.__pwned=17">',
    '<marquee onstart="window.__pwned=18">',
    '<style>@import "javascript:window.__pwned=19";</style>',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=20">',
    '<form action="javascript:window.__pwned=21"><button>x</button></form>',
    '<base href="javascript:window.__pwned=22//">',
  ];

  it(`${PAYLOADS.length} payloads in guide text, contact fields, a note, the personal card, the search and the URL never run`, async () => {
    const { context, page, app } = await installedApp();
    // The page's own scripts (the app and the hashed first-paint script); no payload may add one.
    const scriptsBefore = await page.locator('script').count();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Put every payload into stored content, as a forged update or a broken database might.
    await page.evaluate(
      (payloads) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('hamroh');
          open.onsuccess = () => {
            const tx = open.result.transaction(['guides', 'contacts', 'personalCard'], 'readwrite');
            // The form refuses these (see below); a damaged or altered database could still hold them.
            tx.objectStore('personalCard').put({
              key: 'me',
              name: payloads.join(' '),
              passport: payloads[1],
              patent: payloads[2],
              relativePhone: payloads[3],
            });
            const guides = tx.objectStore('guides');
            const getGuide = guides.get('en:detention');
            getGuide.onsuccess = () => {
              const guide = getGuide.result;
              guide.title = payloads.join(' ');
              guide.summary = payloads.join(' ');
              guide.sections[0].blocks = [
                { t: 'ol', items: payloads.map((p: string) => [{ t: 'text', v: p }]) },
              ];
              guide.sources = payloads.map((p: string) => ({
                title: p,
                url: 'https://example.org/',
                date: 'undated',
              }));
              guides.put(guide);
            };
            const contacts = tx.objectStore('contacts');
            const getContact = contacts.get('embassy-moscow');
            getContact.onsuccess = () => {
              const contact = getContact.result;
              contact.name.en = payloads.join(' ');
              contact.note = {
                uz: payloads[0],
                'uz-Cyrl': payloads[0],
                ru: payloads[0],
                en: payloads.join(' '),
              };
              contact.address = { ...contact.note };
              contacts.put(contact);
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      PAYLOADS,
    );
    await page.reload();
    await app.open('/en/guides/detention');
    await page
      .getByText(PAYLOADS[1] ?? '', { exact: false })
      .first()
      .waitFor();
    await app.open('/en/contacts/embassy-moscow');
    await page
      .getByText(PAYLOADS[2] ?? '', { exact: false })
      .first()
      .waitFor();
    await app.open('/en/guides');
    for (const payload of PAYLOADS) {
      await app.open(`/en/guides/${encodeURIComponent(payload)}`);
      await app.open(`/${encodeURIComponent(payload)}/guides`);
    }
    // The officer card shows the stored personal card as text.
    await app.open('/en/card');
    await page
      .getByTestId('card-details')
      .getByText(PAYLOADS[4] ?? '', { exact: false })
      .waitFor();
    // Typed into the personal card form: refused with a message, never rendered as markup.
    await app.open('/en/settings');
    await page.getByLabel(uiString('en', 'card.name')).fill(PAYLOADS[1] ?? '');
    await page.getByRole('button', { name: uiString('en', 'card.save') }).click();
    await page.getByText(uiString('en', 'card.invalidName')).waitFor();
    // The search query, from the address and typed into the field.
    for (const payload of PAYLOADS) await app.open(`/en/search?q=${encodeURIComponent(payload)}`);
    await page.getByRole('searchbox').first().fill(PAYLOADS.join(' '));
    await page.waitForTimeout(300);
    // A word from the payloads finds the altered guide: its title and snippet are shown, as text.
    await page.getByRole('searchbox').first().fill('onerror');
    await page.locator('main a[href*="guides/detention"]').first().waitFor();
    // User input: a private note holding every payload, saved, reloaded and shown again.
    await app.open('/en/contacts/ovd-info');
    await app.expectHeading(pack.contacts.find((c) => c.id === 'ovd-info')?.name.en ?? '');
    await page.getByLabel(uiString('en', 'contact.note')).fill(PAYLOADS.join('\n'));
    await page.getByRole('button', { name: uiString('en', 'contact.saveNote') }).click();
    await page.getByText(uiString('en', 'contact.noteSaved')).waitFor();
    await page.reload();
    expect(await page.getByLabel(uiString('en', 'contact.note')).inputValue()).toBe(PAYLOADS.join('\n'));
    await app.open('/en/guides/detention');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(scriptsBefore);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
