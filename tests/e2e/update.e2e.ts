/**
 * A new build deployed while the app is open: the update prompt appears, the open version keeps
 * working (even across a reload) until the person accepts, and accepting switches to the new one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AppPage } from './support/app';
import { BUILD_V1, BUILD_V2, VERSION_V2 } from './support/builds';
import { launchChromium } from './support/chromium';
import { StaticServer } from './support/server';
import { uiString } from './support/strings';

let browser: Browser;
let page: Page;
let app: AppPage;
const server = new StaticServer(BUILD_V1);
const appVersion = () => page.getByTestId('app-version').textContent();
const prompt = () => page.getByRole('alert').filter({ hasText: uiString('en', 'update.ready') });

beforeAll(async () => {
  await server.start();
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  app = new AppPage(page, server.origin);
  await app.open('/en/about');
  await page.getByTestId('app-version').waitFor();
  await app.waitForServiceWorker();
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

it('shows the prompt when a newer build is deployed, without reloading', async () => {
  const first = await appVersion();
  server.serve(BUILD_V2);
  // The app checks for updates when it comes back to the screen; ask the registration directly here.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await prompt().waitFor({ timeout: 20_000 });
  expect(await appVersion()).toBe(first);
});

it('keeps the old version working until the person accepts', async () => {
  await app.open('/en/guides');
  await app.expectHeading(uiString('en', 'guides.title'));
  await page.reload();
  await app.open('/en/about');
  await page.getByTestId('app-version').waitFor();
  expect(await appVersion()).not.toBe(VERSION_V2);
  await prompt().waitFor({ timeout: 20_000 });
});

it('accepting the prompt switches to the new version', async () => {
  await Promise.all([
    page.waitForEvent('load'),
    prompt()
      .getByRole('button', { name: uiString('en', 'update.apply') })
      .click(),
  ]);
  await page.getByTestId('app-version').waitFor();
  expect(await appVersion()).toBe(VERSION_V2);
});
