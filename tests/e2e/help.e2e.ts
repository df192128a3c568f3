/**
 * Help right now, offline: the officer card and phrases in every script, contacts that call, text
 * and download, the consulate finder, the personal card on the officer card, and private notes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANG_CODES } from '../../src/i18n/languages';
import { AppPage } from './support/app';
import { BUILD_V1, builtPack } from './support/builds';
import { launchChromium } from './support/chromium';
import { StaticServer } from './support/server';
import { uiString } from './support/strings';

const pack = builtPack(BUILD_V1);
const card = pack.cards[0];
const server = new StaticServer(BUILD_V1);
let browser: Browser;
let context: BrowserContext;
let page: Page;
let app: AppPage;

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
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

describe('offline, in every script', () => {
  it('home offers the quick actions first', async () => {
    await app.open('/ru/');
    await app.expectHeading(uiString('ru', 'home.urgent'));
    await page.locator('.action-list a[href*="guides/"]').first().waitFor(); // titles come from IndexedDB
    const actions = await page.locator('.action-list .action').allTextContents();
    const urgent = pack.guides
      .filter((g) => g.lang === 'ru' && g.category === 'urgent')
      .sort((a, b) => a.order - b.order)
      .map((g) => g.title);
    // The first urgent topic, then the card (the commonest moment: a check in the street), then the rest.
    expect(actions.slice(0, urgent.length + 1)).toEqual([
      urgent[0],
      uiString('ru', 'home.card'),
      ...urgent.slice(1),
    ]);
    for (const key of ['home.callForHelp', 'home.emergency', 'home.phrases'])
      expect(actions).toContain(uiString('ru', key));
  });

  for (const lang of LANG_CODES) {
    it(`${lang}: the officer card shows Russian for the officer and ${lang} below`, async () => {
      if (!card) throw new Error('no card in the pack');
      await app.open(`/${lang}/card`);
      await app.expectHeading(card.title.ru);
      expect(await page.locator('.card-officer').getAttribute('lang')).toBe('ru');
      for (const line of card.lines) await page.getByText(line.text.ru, { exact: false }).first().waitFor();
      if (lang !== 'ru') await page.getByRole('heading', { level: 2, name: card.title[lang] }).waitFor();
      await page.getByRole('button', { name: uiString(lang, 'safety.exit') }).waitFor(); // quick exit stays
    });

    it(`${lang}: at least ten phrases, each shown full screen on request`, async () => {
      await app.open(`/${lang}/phrases`);
      await app.expectHeading(uiString(lang, 'phrases.title'));
      const phrases = pack.phrases;
      expect(phrases.length).toBeGreaterThanOrEqual(10);
      await page
        .locator('.phrase')
        .nth(phrases.length - 1)
        .waitFor();
      expect(await page.locator('.phrase').count()).toBe(phrases.length);
      await page
        .getByRole('button', { name: uiString(lang, 'phrases.show') })
        .first()
        .click();
      const shown = page.getByRole('region', { name: uiString(lang, 'phrases.shownLabel') });
      await shown.waitFor();
      expect(await shown.locator('[lang="ru"]').textContent()).toBe(phrases[0]?.text.ru);
      // Full screen: none of the app's navigation, only Close and the quick exit.
      expect(await page.getByRole('navigation').count()).toBe(0);
      await page.getByRole('button', { name: uiString(lang, 'safety.exit') }).waitFor();
      await page.getByRole('button', { name: uiString(lang, 'phrases.close') }).click();
      await app.expectHeading(uiString(lang, 'phrases.title'));
      expect(await shown.count()).toBe(0);
    });

    it(`${lang}: the phone's Back button closes a shown phrase and stays on the phrases`, async () => {
      await app.open(`/${lang}/phrases`);
      await app.expectHeading(uiString(lang, 'phrases.title'));
      await page
        .getByRole('button', { name: uiString(lang, 'phrases.show') })
        .nth(1)
        .click();
      const shown = page.getByRole('region', { name: uiString(lang, 'phrases.shownLabel') });
      await shown.waitFor();
      await page.goBack();
      await app.expectHeading(uiString(lang, 'phrases.title'));
      expect(await shown.count()).toBe(0);
      expect(new URL(page.url()).hash).toBe(`#/${lang}/phrases`);
    });
  }

  it('without a Russian voice, "say aloud" says so and shows the phrase instead', async () => {
    await app.open('/uz/phrases');
    await app.expectHeading(uiString('uz', 'phrases.title'));
    const voices = await page.evaluate(
      () => speechSynthesis.getVoices().filter((v) => v.lang.startsWith('ru')).length,
    );
    const button = page.getByRole('button', {
      name: voices ? uiString('uz', 'phrases.say') : uiString('uz', 'phrases.noVoiceShow'),
    });
    await button.first().waitFor({ timeout: 5000 });
    if (voices === 0) {
      await button.first().click();
      await page.getByRole('region', { name: uiString('uz', 'phrases.shownLabel') }).waitFor();
    }
  });
});

describe('contacts that act', () => {
  it('offers tel: and sms: links for every full number, and tel: for short ones', async () => {
    await app.open('/en/contacts/embassy-moscow');
    const embassy = pack.contacts.find((c) => c.id === 'embassy-moscow');
    await app.expectHeading(embassy?.name.en ?? '');
    for (const phone of embassy?.phones ?? []) {
      expect(await page.locator(`a[href="tel:${phone.number}"]`).count()).toBe(1);
      expect(await page.locator(`a[href="sms:${phone.number}"]`).count()).toBe(1);
    }
    await app.open('/en/emergency');
    await app.expectHeading(uiString('en', 'home.emergency'));
    await page.locator('a[href="tel:112"]').first().waitFor();
    expect(await page.locator('a[href="tel:112"]').count()).toBe(2); // Russia and Uzbekistan
  });

  it('saves a contact to the phone as a .vcf made on the device', async () => {
    await app.open('/ru/contacts/embassy-moscow');
    await app.expectHeading(pack.contacts.find((c) => c.id === 'embassy-moscow')?.name.ru ?? '');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: uiString('ru', 'contact.saveToPhone') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('embassy-moscow.vcf');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(text).toContain('TEL;TYPE=VOICE:+74992383620');
    expect(text).toContain('FN:Посольство');
  });

  it('finds the consulate for a region typed in any script, and says when it finds none', async () => {
    await app.open('/uz/contacts');
    await app.expectHeading(uiString('uz', 'contacts.title'));
    const input = page.getByLabel(uiString('uz', 'contact.finderLabel'));
    await input.fill('татарс');
    const tatarstan = pack.regions.find((r) => r.code === 'TA');
    await page.getByRole('button', { name: tatarstan?.name.uz }).click();
    const kazan = pack.contacts.find((c) => c.id === 'consulate-kazan');
    await page.locator('.finder-result').getByRole('link', { name: kazan?.name.uz }).waitFor();
    await input.fill('Toshkent');
    await page.getByText(uiString('uz', 'contact.finderNone'), { exact: false }).waitFor();
  });

  it('copies a number and says so', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await app.open('/en/contacts/embassy-moscow');
    await page
      .getByRole('button', { name: /^Copy \+7/ })
      .first()
      .click();
    await page.getByText(uiString('en', 'contact.copied')).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('+74992383620');
  });

  it('keeps a private note per contact across a reload', async () => {
    await app.open('/en/contacts/ovd-info');
    const ovdInfo = pack.contacts.find((c) => c.id === 'ovd-info');
    await app.expectHeading(ovdInfo?.name.en ?? ''); // the previous contact's note field must be gone
    await page.getByLabel(uiString('en', 'contact.note')).fill('did not answer on 3 March');
    await page.getByRole('button', { name: uiString('en', 'contact.saveNote') }).click();
    await page.getByText(uiString('en', 'contact.noteSaved')).waitFor();
    await page.reload();
    await app.expectHeading(ovdInfo?.name.en ?? '');
    expect(await page.getByLabel(uiString('en', 'contact.note')).inputValue()).toBe(
      'did not answer on 3 March',
    );
  });
});

describe('personal card', () => {
  it('rejects a bad field with a message in the user’s language and saves nothing', async () => {
    await app.open('/ru/settings');
    await app.expectHeading(uiString('ru', 'settings.title'));
    await page.getByLabel(uiString('ru', 'card.relativePhone')).fill('89991234567');
    await page.getByRole('button', { name: uiString('ru', 'card.save') }).click();
    await page.getByText(uiString('ru', 'card.invalidPhone')).waitFor();
    expect(await page.getByLabel(uiString('ru', 'card.relativePhone')).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await page.evaluate(() => document.body.textContent?.includes('Сохранено на этом телефоне'))).toBe(
      false,
    );
  });

  it('its fields appear on the officer card and survive a reload', async () => {
    await app.open('/uz/settings');
    await app.expectHeading(uiString('uz', 'settings.title'));
    await page.getByLabel(uiString('uz', 'card.name')).fill('Karimov Anvar');
    await page.getByLabel(uiString('uz', 'card.passport')).fill('fa1234567');
    await page.getByLabel(uiString('uz', 'card.relativePhone')).fill('+998 90 000-00-00');
    await page.getByRole('button', { name: uiString('uz', 'card.save') }).click();
    await page.getByText(uiString('uz', 'card.saved')).waitFor();
    await page.reload();
    await app.open('/uz/card');
    const details = page.getByTestId('card-details');
    await details.waitFor();
    const text = await details.textContent();
    expect(text).toContain('Karimov Anvar');
    expect(text).toContain('FA1234567');
    expect(text).toContain('+998900000000');
    expect(text).toContain('Номер паспорта'); // labels in Russian, for the officer
  });
});

describe('saved guides', () => {
  it('a saved topic is listed first under "Topics", in the language shown, and survives a reload', async () => {
    const title = (lang: 'uz' | 'ru', id: string) =>
      pack.guides.find((g) => g.id === id && g.lang === lang)?.title ?? '';
    await app.open('/uz/guides/debts');
    await app.expectHeading(title('uz', 'debts'));
    await page.getByRole('button', { name: uiString('uz', 'guide.save') }).click();
    await page.getByRole('button', { name: uiString('uz', 'guide.saved'), pressed: true }).waitFor();

    await app.open('/ru/guides');
    const saved = page.getByRole('region', { name: uiString('ru', 'guides.savedTitle') });
    await saved.waitFor();
    await page.reload();
    await saved.waitFor();
    expect(await saved.getByRole('link').allTextContents()).toEqual([title('ru', 'debts')]);

    await saved.getByRole('link').click();
    await app.expectHeading(title('ru', 'debts'));
    await page.getByRole('button', { name: uiString('ru', 'guide.saved'), pressed: true }).click();
    await app.open('/ru/guides');
    await app.expectHeading(uiString('ru', 'guides.title'));
    expect(await saved.count()).toBe(0);
  });
});
