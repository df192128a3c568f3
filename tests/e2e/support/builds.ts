/** The builds browser tests run against, made once by the global setup. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../../src/content/schema';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const BUILD_V1 = join(ROOT, '.e2e-builds', 'v1');
export const BUILD_V2 = join(ROOT, '.e2e-builds', 'v2');
export const VERSION_V2 = '99.0.0-e2e';
/** Built to trust E2E_PACK_SECRET_KEY's public key, so tests can publish signed content updates. */
export const BUILD_SIGNED = join(ROOT, '.e2e-builds', 'signed');
/** A throwaway signing key for browser tests only (a fixed seed); the production key is never used here. */
export const E2E_PACK_SECRET_KEY = '07'.repeat(32);

export function buildApp(outDir: string, appVersion?: string, env: Record<string, string> = {}): void {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would make Vite build a development bundle without the service worker.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      OUT_DIR: outDir,
      ...(appVersion ? { APP_VERSION: appVersion } : {}),
      ...env,
    },
    stdio: 'inherit',
  });
}

export function builtPack(dir = BUILD_V1): Pack {
  return JSON.parse(readFileSync(join(dir, 'content', 'pack.json'), 'utf8')) as Pack;
}
