/** Page model for the chrome on every screen: the sticky top bar (Exit, script, language). */
import type { Page } from 'playwright-core';
import type { Lang } from '../../../src/i18n/languages';
import { uiString } from '../support/strings';

export class Chrome {
  constructor(readonly page: Page) {}

  exit(lang: Lang) {
    return this.page.getByRole('button', { name: uiString(lang, 'safety.exit'), exact: true });
  }

  /** Resolves once the app (not the prerendered first paint) shows the screen, content loaded. */
  async appHasTakenOver(): Promise<void> {
    await this.page.waitForFunction(
      () => !document.querySelector('#root[data-prerendered]') && !document.querySelector('#root .loading'),
    );
  }

  /**
   * The quick exit's box, and whether all of it is inside the viewport. Found and measured in one
   * step in the page, so a screen swapped in between cannot leave a stale element behind.
   */
  async exitBox(): Promise<{ width: number; height: number; onScreen: boolean }> {
    return this.page.evaluate(() => {
      const box = document.querySelector('#root .quick-exit')?.getBoundingClientRect();
      if (!box) return { width: 0, height: 0, onScreen: false };
      const onScreen = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      return { width: box.width, height: box.height, onScreen };
    });
  }

  scriptSwitch() {
    return this.page.locator('#root .script-switch');
  }

  async chooseLanguage(lang: Lang, nativeName: string): Promise<void> {
    await this.page.locator('.language-menu summary').click();
    await this.page
      .locator('.language-menu')
      .getByRole('link', { name: new RegExp(`^${nativeName}`) })
      .click();
    void lang;
  }

  async scrollToBottom(): Promise<void> {
    await this.page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await this.page.waitForFunction(
      () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1,
    );
  }
}
