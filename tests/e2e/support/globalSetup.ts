import { BROWSER_MISSING, chromiumPath } from './chromium';
import { publicKeyFor } from '../../../src/content/updates/signature';
import {
  BUILD_SIGNED,
  BUILD_SINGLE,
  BUILD_V1,
  BUILD_V2,
  E2E_PACK_SECRET_KEY,
  VERSION_V2,
  buildApp,
  buildSingleFile,
} from './builds';

/** Browser tests run against real production builds: the service worker exists only there. */
export default async function setup(): Promise<void> {
  if (!chromiumPath()) throw new Error(BROWSER_MISSING);
  buildApp(BUILD_V1);
  buildApp(BUILD_V2, VERSION_V2);
  buildApp(BUILD_SIGNED, undefined, { PACK_PUBLIC_KEY: await publicKeyFor(E2E_PACK_SECRET_KEY) });
  // After v1, so the copy in v1 (the share screen's download) stays out of v1's precache list.
  buildSingleFile(BUILD_SINGLE, BUILD_V1);
}
