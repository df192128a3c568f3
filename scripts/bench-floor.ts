/**
 * The speed floor for the moment of crisis (issue 15): the app's own home and detention guide,
 * saved as plain HTML (scripts removed, the same inline CSS) behind a minimal cache-first service
 * worker. Nothing can be faster at showing those two screens; the app is measured against it,
 * interleaved in the same run so both meet the same machine: first contentful paint, and
 * "tap at the first paint → the guide's heading on screen" (a touch sent by CDP at 4× CPU, 360×740).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/chromium';
import { StaticServer } from '../tests/e2e/support/server';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const PAINTED = 'hamroh-bench:painted';
const GUIDE_SHOWN = 'hamroh-bench:guide';

/** A site: where it is served from, the home's address, the guide link on it, the guide's heading. */
interface Site {
  server: StaticServer;
  home: string;
  link: string;
  heading: string;
}

const FLOOR_SW = `const FILES = ['./', './index.html', './detention.html'];
self.addEventListener('install', (e) => e.waitUntil(caches.open('floor').then((c) => c.addAll(FILES)).then(() => self.skipWaiting())));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => e.respondWith(caches.match(e.request, { ignoreSearch: true }).then((r) => r || fetch(e.request))));`;

const FLOOR_REGISTER = `<script>navigator.serviceWorker.register('./sw.js')</script>`;

/** The screen as the app shows it, without any script: what a static page of it would be. */
async function staticCopy(page: Page, route: string, ready: string): Promise<string> {
  await page.goto(route);
  await page.locator(ready).first().waitFor();
  return page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true) as HTMLElement;
    doc
      .querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"]')
      .forEach((el) => el.remove());
    doc.querySelectorAll('[hidden]').forEach((el) => el.remove());
    doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.remove();
    return `<!doctype html>${doc.outerHTML}`;
  });
}

/** Builds the floor from the app as served at `origin`, into `dir`. */
export async function buildFloor(origin: string, dir: string, guideRoute: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    const home = await staticCopy(page, `${origin}/#/en/`, '#root:not([data-prerendered]) .action-list a');
    const guide = await staticCopy(
      page,
      `${origin}/#${guideRoute}`,
      '#root:not([data-prerendered]) .guide .provenance',
    );
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const withRegister = (html: string) => html.replace('</body>', `${FLOOR_REGISTER}</body>`);
    writeFileSync(
      join(dir, 'index.html'),
      withRegister(home.replaceAll(`href="#${guideRoute}"`, 'href="detention.html"')),
    );
    writeFileSync(join(dir, 'detention.html'), withRegister(guide));
    writeFileSync(join(dir, 'sw.js'), FLOOR_SW);
  } finally {
    await browser.close();
  }
}

/** Every page (and every page it navigates to) says on the console when it painted and when the guide shows. */
async function instrument(context: BrowserContext, heading: string): Promise<void> {
  await context.addInitScript(
    ({ painted, shown, title }) => {
      new PerformanceObserver((list) => {
        const paint = list.getEntriesByName('first-contentful-paint')[0];
        if (paint) console.debug(`${painted} ${paint.startTime}`);
      }).observe({ type: 'paint', buffered: true });
      new MutationObserver((_, observer) => {
        const h1 = [...document.querySelectorAll('h1')].find(
          (h) => h.textContent === title && h.offsetParent,
        );
        if (h1) {
          observer.disconnect();
          console.debug(shown);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    },
    { painted: PAINTED, shown: GUIDE_SHOWN, title: heading },
  );
}

/** One cold offline start: FCP, then a tap on the guide link at once, and the time until the guide shows. */
async function oneRun(context: BrowserContext, site: Site, at: { x: number; y: number }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const painted = page.waitForEvent('console', {
    predicate: (m) => m.text().startsWith(PAINTED),
    timeout: 20_000,
  });
  await page.goto(`${site.server.origin}${site.home}`, { waitUntil: 'commit' });
  const fcp = Number((await painted).text().split(' ')[1]);
  const shown = page.waitForEvent('console', { predicate: (m) => m.text() === GUIDE_SHOWN, timeout: 20_000 });
  const tapped = Date.now();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await shown;
  const tapToGuide = Date.now() - tapped;
  await page.close();
  return { tapToGuide, fcp };
}

/** Installs a site offline in its own browser, and finds where the guide link is on the home. */
async function installed(site: Site) {
  const browser = await launchChromium();
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${site.home}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  const box = await page.locator(site.link).first().boundingBox();
  if (!box) throw new Error(`no ${site.link} on ${site.home}`);
  await page.close();
  await context.setOffline(true);
  await instrument(context, site.heading);
  return { browser, context, at: { x: box.x + 20, y: box.y + box.height / 2 } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const stats = (xs: number[]) => ({
  median: Math.round(median(xs)),
  min: Math.round(Math.min(...xs)),
  max: Math.round(Math.max(...xs)),
});

export async function benchAgainstFloor(
  appDir: string,
  floorDir: string,
  guide: { route: string; heading: string },
  runs: number,
) {
  const appServer = new StaticServer(appDir);
  await appServer.start();
  await buildFloor(appServer.origin, floorDir, guide.route);
  const floorServer = new StaticServer(floorDir);
  await floorServer.start();
  const app: Site = {
    server: appServer,
    home: '/#/en/',
    link: `a[href="#${guide.route}"]`,
    heading: guide.heading,
  };
  const floor: Site = {
    server: floorServer,
    home: '/',
    link: 'a[href="detention.html"]',
    heading: guide.heading,
  };
  const a = await installed(app);
  const f = await installed(floor);
  await appServer.stop();
  await floorServer.stop();
  const results = {
    app: [] as { tapToGuide: number; fcp: number }[],
    floor: [] as { tapToGuide: number; fcp: number }[],
  };
  try {
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a busy moment of the machine hits both alike.
      results.app.push(await oneRun(a.context, app, a.at));
      results.floor.push(await oneRun(f.context, floor, f.at));
    }
  } finally {
    await a.browser.close();
    await f.browser.close();
  }
  const fcp = (rs: { fcp: number }[]) => rs.map((r) => r.fcp);
  const tap = (rs: { tapToGuide: number }[]) => rs.map((r) => r.tapToGuide);
  const appTap = tap(results.app);
  const floorTapMedian = median(tap(results.floor));
  return {
    runs,
    cpuThrottle: 4,
    viewport: '360×740',
    app: { firstContentfulPaintMs: stats(fcp(results.app)), tapAtFirstPaintToGuideMs: stats(appTap) },
    floor: {
      firstContentfulPaintMs: stats(fcp(results.floor)),
      tapAtFirstPaintToGuideMs: stats(tap(results.floor)),
    },
    ratios: {
      firstContentfulPaint: Math.round((median(fcp(results.app)) / median(fcp(results.floor))) * 100) / 100,
      tapToGuideMedian: Math.round((median(appTap) / floorTapMedian) * 100) / 100,
      tapToGuideWorstRun: Math.round((Math.max(...appTap) / floorTapMedian) * 100) / 100,
    },
    targets: { firstContentfulPaint: '≤ 1.2', tapToGuideMedian: '≤ 1.3', tapToGuideWorstRun: '≤ 2' },
  };
}
