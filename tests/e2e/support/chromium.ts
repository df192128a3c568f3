/**
 * The browser for tests: Debian's Chromium (or CHROME_PATH), driven by playwright-core.
 * Nothing here downloads a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const BROWSER_MISSING =
  "Browser tests need Debian's chromium (apt-get install chromium) or CHROME_PATH pointing at a Chromium binary.";

// Stop Chromium from calling out to the (closed) network on its own; the tests count every request.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(BROWSER_MISSING);
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
