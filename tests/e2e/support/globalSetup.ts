import { BROWSER_MISSING, chromiumPath } from './chromium';
import { BUILD_V1, BUILD_V2, VERSION_V2, buildApp } from './builds';

/** Browser tests run against real production builds: the service worker exists only there. */
export default function setup(): void {
  if (!chromiumPath()) throw new Error(BROWSER_MISSING);
  buildApp(BUILD_V1);
  buildApp(BUILD_V2, VERSION_V2);
}
