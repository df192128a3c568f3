/**
 * Paper in a real browser, printed to PDF as Chrome's "Save as PDF" does: the wallet card sheet and
 * the leaflet each fit one page, carry the officer card's words (переводчик, art. 51) and the
 * embassy call centre from the content, keep every text at 7 pt or more, cut nothing off inside a
 * card, and print the person's saved details only when they tick it — never on the leaflet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANG_CODES, type Lang } from '../../src/i18n/languages';
import { AppPage } from './support/app';
import { BUILD_V1, builtPack } from './support/builds';
import { launchChromium } from './support/chromium';
import { readPdf, type PrintedPage } from './support/pdf';
import { StaticServer } from './support/server';
import { uiString } from './support/strings';

const pack = builtPack(BUILD_V1);
const card = pack.cards.find((c) => c.id === 'officer');
const paper = card?.paper;
const callCentre = pack.contacts.find((c) => c.roles?.includes('primary-mission'));
if (!card || !paper || !callCentre) throw new Error('the pack has no officer card with a paper part');
const NUMBERS = callCentre.phones.map((p) => p.display);

/** The longest details the settings form accepts (personalCardRules.ts): the fullest card there is. */
const DETAILS = {
  name: 'Abdurakhmonov Abdulaziz Abdumalikovich Kholmatovich Toshpulatov Nurmuhammadovich',
  passport: 'FA12345678901234567X',
  patent: '77 № 1234567890 12345678901234',
  relativePhone: '+998901234567890',
};

/**
 * 7 pt is 9.33 CSS px; the PDF writes it back as 6.9975 pt. Anything meant to be smaller than 7 pt
 * is at least a tenth of a point below.
 */
const SEVEN_PT = 6.99;
/** Paper sizes in points; Chromium rounds the page to whole CSS pixels, within 1 pt. */
const A4 = { width: 595.28, height: 841.89 };
const A6 = { width: 297.64, height: 419.53 };
const MM = 96 / 25.4; // CSS px per millimetre

const server = new StaticServer(BUILD_V1);
let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  page = await context.newPage();
  app = new AppPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

async function print(): Promise<PrintedPage[]> {
  return readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

function expectPaper(printed: PrintedPage | undefined, size: typeof A4): void {
  expect(Math.abs((printed?.width ?? 0) - size.width)).toBeLessThan(1);
  expect(Math.abs((printed?.height ?? 0) - size.height)).toBeLessThan(1);
}

async function openSheet(lang: Lang): Promise<void> {
  await app.open(`/${lang}/card/print`);
  await app.expectHeading(uiString(lang, 'card.print.title'));
  await page.getByTestId('card-sheet').waitFor();
  await page
    .getByText(NUMBERS[0] ?? '')
    .first()
    .waitFor(); // the call centre comes from a second query
}

async function saveDetails(): Promise<void> {
  await app.open('/en/settings');
  await app.expectHeading(uiString('en', 'settings.title'));
  for (const [field, value] of Object.entries(DETAILS))
    await page.getByLabel(uiString('en', `card.${field}`)).fill(value);
  await page.getByRole('button', { name: uiString('en', 'card.save') }).click();
  await page.getByText(uiString('en', 'card.saved')).waitFor();
}

/** In print layout: every card half is a bank card's size, and nothing in it is cut off. */
async function cardHalvesInPrint(): Promise<{ width: number; height: number; cutOff: boolean }[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.locator('.wallet-half').evaluateAll((halves) =>
      halves.map((h) => ({
        width: h.getBoundingClientRect().width,
        height: h.getBoundingClientRect().height,
        cutOff: h.scrollHeight > h.clientHeight || h.scrollWidth > h.clientWidth,
      })),
    );
  } finally {
    await page.emulateMedia({ media: null }); // back to none: page.pdf() prints with screen media if asked to
  }
}

function expectCardWords(text: string, lang: Lang): void {
  expect(text).toContain('переводчик');
  expect(text).toContain('ст. 51');
  for (const number of NUMBERS) expect(text).toContain(number);
  if (lang !== 'ru') expect(text).toContain(card?.lines[0]?.text[lang]);
}

describe('wallet card sheet', () => {
  for (const lang of LANG_CODES) {
    it(`${lang}: prints on one A4 page with the card's words and the call centre, all text at 7 pt or more`, async () => {
      await openSheet(lang);
      const pages = await print();
      expect(pages).toHaveLength(1);
      expectPaper(pages[0], A4);
      expectCardWords(pages[0]?.text ?? '', lang);
      expect(pages[0]?.text).toContain(paper.cutAndFold[lang]);
      expect(pages[0]?.smallestText).toBeGreaterThanOrEqual(SEVEN_PT);
    });
  }

  it('with no details saved there is nothing to tick and no name on the cards', async () => {
    await openSheet('uz');
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await page.getByText(uiString('uz', 'card.print.noDetails')).waitFor();
    expect(await page.getByTestId('wallet-details').count()).toBe(0);
  });

  it('saved details are printed only once ticked, and go again when unticked', async () => {
    await saveDetails();
    await openSheet('uz');
    const tick = page.getByRole('checkbox', { name: uiString('uz', 'card.print.withDetails') });
    expect(await tick.isChecked()).toBe(false);
    expect((await print())[0]?.text).not.toContain(DETAILS.passport);

    await tick.check();
    const [ticked] = await print();
    for (const value of Object.values(DETAILS)) expect(ticked?.text).toContain(value);
    expect(ticked?.text).toContain('Номер паспорта'); // the labels are Russian, for the officer

    await tick.uncheck();
    expect((await print())[0]?.text).not.toContain(DETAILS.passport);
  });

  for (const lang of LANG_CODES) {
    it(`${lang}: each half is 85.6 × 54 mm and nothing is cut off, even with the longest details`, async () => {
      await openSheet(lang);
      await page.getByRole('checkbox').check();
      await page.getByTestId('wallet-details').first().waitFor();
      const halves = await cardHalvesInPrint();
      expect(halves).toHaveLength(6);
      for (const half of halves) {
        expect(Math.abs(half.width - 85.6 * MM)).toBeLessThan(1);
        expect(Math.abs(half.height - 54 * MM)).toBeLessThan(1);
        expect(half.cutOff).toBe(false);
      }
      expect((await print()).length).toBe(1);
    });
  }

  it('at 360 × 740 the screen does not scroll sideways', async () => {
    await openSheet('uz-Cyrl');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('leaflet', () => {
  async function openLeaflet(lang: Lang): Promise<void> {
    await app.open(`/${lang}/share/leaflet`);
    await app.expectHeading(uiString(lang, 'share.leaflet.heading'));
    await page.getByTestId('leaflet').getByTestId('paper-rights').first().waitFor();
    await page.getByTestId('qr-code').waitFor();
    await page
      .getByText(NUMBERS[0] ?? '')
      .first()
      .waitFor();
  }

  for (const lang of LANG_CODES) {
    it(`${lang}: A4 is one page with the call centre, the rights lines in ${lang} and Russian, and a wallet card`, async () => {
      await openLeaflet(lang);
      const pages = await print();
      expect(pages).toHaveLength(1);
      expectPaper(pages[0], A4);
      const text = pages[0]?.text ?? '';
      expectCardWords(text, lang);
      for (const right of paper.rights) {
        expect(text).toContain(right.text[lang]);
        expect(text).toContain(right.text.ru);
      }
      expect(await page.getByTestId('wallet-card').count()).toBe(1);
      expect(pages[0]?.smallestText).toBeGreaterThanOrEqual(SEVEN_PT);
    });

    it(`${lang}: A6 is one page with the call centre and the rights lines`, async () => {
      await openLeaflet(lang);
      await page.getByRole('radio', { name: 'A6' }).check();
      await page.getByText(uiString(lang, 'share.leaflet.cardA4Only')).waitFor();
      const pages = await print();
      expect(pages).toHaveLength(1);
      expectPaper(pages[0], A6);
      const text = pages[0]?.text ?? '';
      for (const number of NUMBERS) expect(text).toContain(number);
      for (const right of paper.rights) {
        expect(text).toContain(right.text[lang]);
        expect(text).toContain(right.text.ru);
      }
      expect(pages[0]?.smallestText).toBeGreaterThanOrEqual(SEVEN_PT);
    });
  }

  it('never prints saved details, and its wallet card is cut off nowhere', async () => {
    await saveDetails();
    await openLeaflet('uz');
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect((await print())[0]?.text).not.toContain(DETAILS.passport);
    const halves = await cardHalvesInPrint();
    expect(halves.map((h) => h.cutOff)).toEqual([false, false]);
  });

  it('at 360 × 740 the paper-size labels stay whole and nothing scrolls sideways', async () => {
    await openLeaflet('uz');
    const lines = await page.locator('.leaflet-size label').evaluateAll((labels) =>
      labels.map((label) => {
        // The line boxes of the label's text ("A4"): two tops would mean it broke into "A" and "4".
        const tops = [...label.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
          .flatMap((n) => {
            const range = document.createRange();
            range.selectNodeContents(n);
            return [...range.getClientRects()].map((r) => Math.round(r.top));
          });
        return new Set(tops).size;
      }),
    );
    expect(lines).toEqual([1, 1]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
