/** Page model for the chrome on every screen: the sticky top bar (Exit, script, language). */
import type { Page } from 'playwright-core';
import type { Lang } from '../../../src/i18n/languages';
import { uiString } from '../support/strings';

export class Chrome {
  constructor(readonly page: Page) {}

  exit(lang: Lang) {
    return this.page.getByRole('button', { name: uiString(lang, 'safety.exit'), exact: true });
  }

  /** The quick exit's box, and whether all of it is inside the viewport. */
  async exitBox(lang: Lang): Promise<{ width: number; height: number; onScreen: boolean }> {
    const box = await this.exit(lang).boundingBox();
    const viewport = this.page.viewportSize();
    if (!box || !viewport) return { width: 0, height: 0, onScreen: false };
    const onScreen =
      box.y >= 0 &&
      box.x >= 0 &&
      box.y + box.height <= viewport.height &&
      box.x + box.width <= viewport.width;
    return { width: box.width, height: box.height, onScreen };
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
