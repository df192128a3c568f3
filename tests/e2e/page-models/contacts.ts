/** Page model for the contacts screen: the call button on top, and "save contacts to the phone". */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Lang } from '../../../src/i18n/languages';
import { uiString } from '../support/strings';

export class ContactsPage {
  constructor(readonly page: Page) {}

  firstCall() {
    return this.page.locator('#main a.call').first();
  }

  async openBulkSave(lang: Lang): Promise<void> {
    await this.page.getByRole('button', { name: uiString(lang, 'contact.saveAllToPhone') }).click();
  }

  tick(name: string) {
    return this.page
      .locator('.bulk-save')
      .getByRole('checkbox', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
  }

  /** Presses "save the ticked contacts" and returns the downloaded vCard text. */
  async saveTicked(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator('.bulk-save .button').first().click(),
    ]);
    return readFileSync((await download.path()) ?? '', 'utf8');
  }
}
