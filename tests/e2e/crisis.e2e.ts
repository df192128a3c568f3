/**
 * The moment of crisis, as a frightened person on a 360-px phone meets it (issue 15): the first
 * steps on the first screen and steady, Exit always in reach, the embassy one tap away, the card
 * readable without scrolling, the script switch keeping the page, nothing risky in the phone book
 * unless chosen, and a tap at the first paint never lost. Offline after one visit.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { LANG_CODES } from '../../src/i18n/languages';
import { AppPage } from './support/app';
import { BUILD_V1, builtPack } from './support/builds';
import { launchChromium } from './support/chromium';
import { StaticServer } from './support/server';
import { uiString } from './support/strings';
import { Chrome } from './page-models/chrome';
import { ContactsPage } from './page-models/contacts';
import { GuidePage } from './page-models/guide';

const pack = builtPack(BUILD_V1);
const server = new StaticServer(BUILD_V1);
const PHONES = [
  { width: 360, height: 740 },
  { width: 360, height: 640 },
];
let browser: Browser;
let context: BrowserContext;

/** A touch phone of the given size, with the app installed offline (one online visit first). */
async function installedPhone(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const phone = await browser.newContext({ viewport, isMobile: true, hasTouch: true, acceptDownloads: true });
  const page = await phone.newPage();
  const app = new AppPage(page, server.origin);
  await app.open('/uz/');
  await app.expectHeading(uiString('uz', 'home.urgent'));
  await app.waitForServiceWorker();
  await app.waitForPrecache('/content/pack.json');
  await page.close();
  await phone.setOffline(true);
  return phone;
}

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await installedPhone(PHONES[0] ?? { width: 360, height: 740 });
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('crisis-first guides', () => {
  for (const viewport of PHONES) {
    it(`${viewport.width}×${viewport.height}: step 1 of every guide, in every script, is on the first screen and does not move`, async () => {
      const phone = viewport === PHONES[0] ? context : await installedPhone(viewport);
      const page = await phone.newPage();
      const app = new AppPage(page, server.origin);
      const guide = new GuidePage(page);
      const problems: string[] = [];
      for (const lang of LANG_CODES) {
        for (const g of pack.guides.filter((x) => x.lang === lang)) {
          // A fresh start for the urgent guides (they are painted before the app loads), and the
          // app's own navigation for the others.
          if (g.category === 'urgent') await page.goto('about:blank');
          await app.open(`/${lang}/guides/${g.id}`);
          const first = await guide.firstStepTop(g.title);
          await guide.appHasTakenOver();
          await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
          const settled = await guide.firstStepTop(g.title);
          if (first + 24 > viewport.height) problems.push(`${g.key}: step 1 at y=${Math.round(first)}`);
          if (Math.abs(settled - first) > 0.5) problems.push(`${g.key}: step 1 moved ${first} → ${settled}`);
        }
      }
      await page.close();
      if (phone !== context) await phone.close();
      expect(problems).toEqual([]);
    });
  }

  it('a step that says what to say in Russian shows the phrase full screen in one tap, and Back returns', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    const link = pack.guides
      .flatMap((g) =>
        g.sections
          .flatMap((s) => JSON.stringify(s.blocks).match(/"href":"phrase:([a-z0-9-]+)"/g) ?? [])
          .map((m) => [g, m] as const),
      )
      .at(0);
    if (link) {
      const [g, href] = link;
      const id = href.replace(/.*phrase:|"/g, '');
      await app.open(`/${g.lang}/guides/${g.id}`);
      await page.locator(`a.show-link[href$="/phrases/${id}"]`).first().click();
      const phrase = pack.phrases.find((p) => p.id === id);
      await page
        .getByRole('region', { name: uiString(g.lang, 'phrases.shownLabel') })
        .getByText(phrase?.text.ru ?? '')
        .waitFor();
      await page.goBack();
      await app.expectHeading(g.title);
    }
    await page.close();
  });
});

describe('exit always in reach', () => {
  const LONG_SCREENS = [
    'guides/detention',
    'guides',
    'contacts',
    'contacts/embassy-moscow',
    'phrases',
    'card',
    'settings',
    'about',
    'share',
  ];
  it('after scrolling to the bottom of every long screen, Exit is on screen and at least 44×44', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    const chrome = new Chrome(page);
    const problems: string[] = [];
    const routes = [...LONG_SCREENS, `phrases/${pack.phrases[0]?.id ?? ''}`];
    for (const lang of ['uz', 'ru'] as const) {
      for (const route of routes) {
        await app.open(`/${lang}/${route}`);
        await chrome.exit(lang).waitFor();
        await page.locator('#root h1').first().waitFor({ state: 'attached' });
        await chrome.appHasTakenOver();
        await chrome.scrollToBottom();
        const box = await chrome.exitBox();
        if (!box.onScreen || box.width < 44 || box.height < 44)
          problems.push(`${lang}/${route}: ${JSON.stringify(box)}`);
      }
    }
    // ...and it still works from down there.
    await chrome.exit('ru').click();
    await page.getByRole('main', { name: uiString('ru', 'safety.calculator') }).waitFor();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('Exit has a colour no other control on the screen uses', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    await app.open('/uz/guides/detention');
    await new GuidePage(page).appHasTakenOver();
    const clash = await page.evaluate(() => {
      const exit = document.querySelector('.quick-exit') as HTMLElement;
      const colour = getComputedStyle(exit).backgroundColor;
      return [...document.querySelectorAll('a, button, summary')]
        .filter((el) => el !== exit && getComputedStyle(el).backgroundColor === colour)
        .map((el) => el.outerHTML.slice(0, 80));
    });
    await page.close();
    expect(clash).toEqual([]);
  });
});

describe('call in one tap', () => {
  it('the contacts screen opens with the primary mission call centre as its first, full-width call', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    const contacts = new ContactsPage(page);
    const primary = pack.contacts.find((c) => c.roles?.includes('primary-mission'));
    await app.open('/uz/contacts');
    await contacts.firstCall().waitFor();
    expect(await contacts.firstCall().getAttribute('href')).toBe(`tel:${primary?.phones[0]?.number}`);
    const box = await contacts.firstCall().boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(640); // on the first screen of a small phone
    expect(box?.width).toBeGreaterThanOrEqual(300);
    await page.close();
  });

  it('a mission with no number of its own offers the call centre, on its page and in the finder', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    const primary = pack.contacts.find((c) => c.roles?.includes('primary-mission'));
    const silent = pack.contacts.filter((c) => c.kind === 'consulate' && c.phones.length === 0);
    expect(silent.length).toBeGreaterThan(0);
    for (const mission of silent) {
      await app.open(`/ru/contacts/${mission.id}`);
      await app.expectHeading(mission.name.ru);
      expect(await page.locator('#main a.call').first().getAttribute('href')).toBe(
        `tel:${primary?.phones[0]?.number}`,
      );
    }
    const region = pack.regions.find((r) => silent.some((m) => m.id === r.consulate));
    await app.open('/ru/contacts');
    await page.getByLabel(uiString('ru', 'contact.finderLabel')).fill(region?.name.ru ?? '');
    await page.getByRole('button', { name: region?.name.ru, exact: true }).click();
    expect(await page.locator('.finder-result a.call').first().getAttribute('href')).toBe(
      `tel:${primary?.phones[0]?.number}`,
    );
    await page.close();
  });

  it('every phone number in a contact note is a tel: link', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    const rostov = pack.contacts.find((c) => c.note?.en.match(/\+7 \d{3}/) && c.phones.length === 0);
    if (!rostov) throw new Error('expected a contact whose note names a number');
    await app.open(`/en/contacts/${rostov.id}`);
    await app.expectHeading(rostov.name.en);
    const inNote = page.locator('#main p a.tel');
    await inNote.first().waitFor();
    expect(await inNote.first().getAttribute('href')).toMatch(/^tel:\+\d{10,15}$/);
    expect(await inNote.first().evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
    await page.close();
  });
});

describe('nothing risky in the phone book by default', () => {
  /** Names and numbers of every card in a vCard file, read with ical.js (Mozilla's parser). */
  function cards(text: string): { name: string; phones: string[] }[] {
    const parsed = ICAL.parse(text) as unknown[];
    const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    return list.map((jcard) => {
      const card = new ICAL.Component(jcard as never);
      return {
        name: String(card.getFirstPropertyValue('fn')),
        phones: card.getAllProperties('tel').map((p) => String(p.getFirstValue())),
      };
    });
  }

  it('"save contacts" leaves out every risk-marked contact and every contact with no number, unless ticked', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    const contacts = new ContactsPage(page);
    await app.open('/en/contacts');
    await contacts.openBulkSave('en');
    const risky = pack.contacts.filter((c) => c.risk);
    expect(risky.length).toBeGreaterThan(0);
    for (const c of risky)
      await page
        .locator('.bulk-save')
        .getByText(c.risk?.en ?? '', { exact: true })
        .waitFor();
    const saved = cards(await contacts.saveTicked());
    const names = saved.map((c) => c.name);
    for (const c of risky) expect(names, c.id).not.toContain(c.name.en);
    for (const card of saved) expect(card.phones.length, card.name).toBeGreaterThan(0);
    // A mission with no number of its own is saved with the call centre's number.
    const silent = pack.contacts.find((c) => c.kind === 'consulate' && c.phones.length === 0);
    expect(saved.find((c) => c.name === silent?.name.en)?.phones).toContain(
      pack.contacts.find((c) => c.roles?.includes('primary-mission'))?.phones[0]?.number,
    );

    const chosen = risky[0];
    await contacts.tick(chosen?.name.en ?? '').check();
    const withChosen = cards(await contacts.saveTicked()).map((c) => c.name);
    expect(withChosen).toContain(chosen?.name.en);
    await page.close();
  });

  it('saving one risk-marked contact shows its risk note first and saves only when confirmed', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    const risky = pack.contacts.find((c) => c.risk);
    await app.open(`/en/contacts/${risky?.id}`);
    await app.expectHeading(risky?.name.en ?? '');
    await page.getByRole('button', { name: uiString('en', 'contact.saveToPhone') }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(risky?.risk?.en ?? '', { exact: false }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: uiString('en', 'contact.saveAnyway') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${risky?.id}.vcf`);
    await page.close();
  });
});

describe('the card fits the officer eyes', () => {
  it('on 360×740 the heading, every key point and the saved details are on screen without scrolling', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    await app.open('/en/settings');
    await page.getByLabel(uiString('en', 'card.name')).fill('Rustamjon Qodirov Abdullayevich');
    await page.getByLabel(uiString('en', 'card.passport')).fill('FA7719034');
    await page.getByLabel(uiString('en', 'card.patent')).fill('77 № 1234567890');
    await page.getByLabel(uiString('en', 'card.relativePhone')).fill('+998901234567');
    await page.getByRole('button', { name: uiString('en', 'card.save'), exact: true }).click();
    await page.getByText(uiString('en', 'card.saved')).waitFor();
    const card = pack.cards[0];
    for (const lang of LANG_CODES) {
      await app.open(`/${lang}/card`);
      await page.getByTestId('card-details').waitFor();
      const bottoms = await page.evaluate(() =>
        [
          ...document.querySelectorAll('.card-officer h1, .card-officer li, [data-testid="card-details"]'),
        ].map((el) => el.getBoundingClientRect().bottom),
      );
      expect(bottoms.length).toBe((card?.lines.length ?? 0) + 2);
      expect(Math.max(...bottoms), lang).toBeLessThanOrEqual(740);
    }
    await page.close();
  });

  it('Close goes back to the screen the card was opened from; Exit looks different from Close', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    await app.open('/ru/guides/detention');
    await new GuidePage(page).appHasTakenOver();
    await app.open('/ru/card');
    await app.expectHeading(pack.cards[0]?.title.ru ?? '');
    const colours = await page.evaluate(() =>
      ['.card-close', '.quick-exit'].map(
        (s) => getComputedStyle(document.querySelector(s) as Element).backgroundColor,
      ),
    );
    expect(colours[0]).not.toBe(colours[1]);
    await page.getByRole('button', { name: uiString('ru', 'card.close') }).click();
    await app.expectHeading(pack.guides.find((g) => g.key === 'ru:detention')?.title ?? '');
    await page.close();
  });
});

describe('script and language on every screen', () => {
  it('one tap switches Latin ↔ Cyrillic on the same page, and the language menu keeps the page too', async () => {
    const page = await context.newPage();
    const app = new AppPage(page, server.origin);
    const chrome = new Chrome(page);
    for (const route of ['guides/detention', 'contacts', 'phrases', 'settings']) {
      await app.open(`/uz/${route}`);
      await chrome.scriptSwitch().click();
      await expect.poll(() => page.url()).toBe(app.url(`/uz-Cyrl/${route}`));
      await page.locator('html[lang="uz-Cyrl"]').waitFor();
      await chrome.scriptSwitch().click();
      await expect.poll(() => page.url()).toBe(app.url(`/uz/${route}`));
    }
    await chrome.chooseLanguage('ru', 'Русский');
    await expect.poll(() => page.url()).toBe(app.url('/ru/settings'));
    expect(await chrome.scriptSwitch().count()).toBe(0); // Russian has one script
    await page.close();
  });

  it('a shared link without a language shows the choice on the first visit', async () => {
    const fresh = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await fresh.newPage();
    const app = new AppPage(page, server.origin);
    await app.open('/');
    // (#root: while the app takes over, its own copy of the screen waits hidden beside the painted one)
    for (const lang of LANG_CODES) await page.locator(`#root a[href="#/${lang}/"]`).waitFor();
    await fresh.close();
  });
});

describe('a tap at the first paint', () => {
  /**
   * Opens `route` on a phone whose app code is held back until the tap has been made (so the tap
   * surely comes before the app has loaded, however fast the machine), taps `target` at the first
   * paint with a real touch (CDP) at 4× CPU, then lets the code load and reports how the app took
   * over: "ready" or "moved", never "timeout".
   */
  async function tapAtFirstPaint(route: string, target: string) {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const held: (() => Promise<void>)[] = [];
    let holding = true;
    await phone.route(/\/assets\/.+\.js$/, async (request) => {
      if (holding) held.push(() => request.continue());
      else await request.continue();
    });
    const page = await phone.newPage();
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.name === 'first-contentful-paint'))
          (window as unknown as { __painted: boolean }).__painted = true;
      }).observe({ type: 'paint', buffered: true });
    });
    const cdp = await phone.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(new AppPage(page, server.origin).url(route), { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __painted?: boolean }).__painted === true,
      null,
      { polling: 'raf' },
    );
    const at = await page.evaluate((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return { x: (box?.left ?? 0) + 20, y: (box?.top ?? 0) + 10 };
    }, target);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const beforeTheApp = await page.evaluate(() => ({
      hash: location.hash,
      heading: document.querySelector('#root h1')?.textContent ?? '',
      appLoaded: document.documentElement.dataset.takeover !== undefined,
    }));
    holding = false;
    for (const release of held.splice(0)) await release();
    await page.waitForFunction(() => document.documentElement.dataset.takeover !== undefined, null, {
      timeout: 30_000,
    });
    const takeover = await page.evaluate(() => document.documentElement.dataset.takeover ?? '');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { takeover, beforeTheApp, page, close: () => phone.close() };
  }

  it('a tap on an urgent topic at the first paint shows the guide at once, with no waiting for a timeout', async () => {
    const detention = pack.guides.find((g) => g.key === 'uz:detention');
    const run = await tapAtFirstPaint('/uz/', '#root a[href="#/uz/guides/detention"]');
    // Before any app code ran, the first-paint script already showed the guide's first steps.
    expect(run.beforeTheApp).toEqual({
      hash: '#/uz/guides/detention',
      heading: detention?.title,
      appLoaded: false,
    });
    await new AppPage(run.page, server.origin).expectHeading(detention?.title ?? '');
    expect(['ready', 'moved']).toContain(run.takeover);
    await run.close();
  });

  it('a tap at the first paint on a screen that is not prerendered is honoured as soon as the app has rendered', async () => {
    const run = await tapAtFirstPaint('/ru/', '#root a[href="#/ru/contacts"]');
    expect(run.beforeTheApp.hash).toBe('#/ru/contacts');
    expect(run.beforeTheApp.appLoaded).toBe(false);
    await new AppPage(run.page, server.origin).expectHeading(uiString('ru', 'contacts.title'));
    expect(run.takeover).toBe('moved');
    await run.close();
  });
});
