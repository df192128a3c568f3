/** Page model for a guide: its title, the first step of "what to do now", the jump links. */
import type { Page } from 'playwright-core';

export class GuidePage {
  constructor(readonly page: Page) {}

  firstStep() {
    return this.page.locator('#root .section-do-now li').first();
  }

  /**
   * The first step's top edge in viewport pixels, as soon as it is painted. Found and measured in
   * one step in the page: the prerendered screen may be swapped out between two separate calls.
   */
  async firstStepTop(title: string): Promise<number> {
    const top = await this.page.waitForFunction((expected) => {
      if (document.querySelector('#root h1')?.textContent !== expected) return false; // still the last screen
      const box = document.querySelector('#root .section-do-now li')?.getBoundingClientRect();
      return box && box.height > 0 ? box.top : false;
    }, title);
    return (await top.jsonValue()) as number;
  }

  /** Resolves once the app (not the prerendered first paint) shows the whole guide. */
  async appHasTakenOver(): Promise<void> {
    await this.page.locator('#root:not([data-prerendered]) .guide .provenance').waitFor();
  }
}
