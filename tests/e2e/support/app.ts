/** Page model for the app: open a route, read the screen, see what the browser stored. */
import type { Page } from 'playwright-core';

export class AppPage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  url(route: string): string {
    return `${this.origin}/#${route}`;
  }

  async open(route: string): Promise<void> {
    await this.page.goto(this.url(route));
  }

  heading(name?: string) {
    return this.page.getByRole('heading', { level: 1, ...(name ? { name, exact: true } : {}) });
  }

  async expectHeading(name: string): Promise<void> {
    await this.heading(name).waitFor({ timeout: 10_000 });
  }

  htmlLang(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.getAttribute('lang'));
  }

  async waitForServiceWorker(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 20_000,
    });
  }

  /** The URLs in the service worker's precache, relative to the app. */
  precachedPaths(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const names = await caches.keys();
      const paths: string[] = [];
      for (const name of names.filter((n) => n.includes('precache'))) {
        for (const request of await (await caches.open(name)).keys())
          paths.push(new URL(request.url).pathname);
      }
      return paths;
    });
  }

  async waitForPrecache(path: string): Promise<void> {
    await this.page.waitForFunction(
      async (p) => {
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys())
            if (new URL(request.url).pathname === p) return true;
        }
        return false;
      },
      path,
      { timeout: 20_000, polling: 250 },
    );
  }
}
