/** The builds browser tests run against, made once by the global setup. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guideToCyrillic } from '../../../src/content/guideToCyrillic';
import type { Pack } from '../../../src/content/schema';
import { transliterateUzLatnToCyrl } from '../../../src/i18n/transliterate';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const BUILD_V1 = join(ROOT, '.e2e-builds', 'v1');
export const BUILD_V2 = join(ROOT, '.e2e-builds', 'v2');
export const VERSION_V2 = '99.0.0-e2e';
/** Built to trust E2E_PACK_SECRET_KEY's public key, so tests can publish signed content updates. */
export const BUILD_SIGNED = join(ROOT, '.e2e-builds', 'signed');
/** A throwaway signing key for browser tests only (a fixed seed); the production key is never used here. */
export const E2E_PACK_SECRET_KEY = '07'.repeat(32);

export function buildApp(outDir: string, appVersion?: string, env: Record<string, string> = {}): void {
  viteBuild(outDir, [], { ...(appVersion ? { APP_VERSION: appVersion } : {}), ...env });
}

/** `vite build` into outDir, as a release is built; extraArgs pick another config (the bench's baseline). */
export function viteBuild(outDir: string, extraArgs: string[], env: Record<string, string> = {}): void {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', ...extraArgs, '--logLevel', 'error'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would make Vite build a development bundle without the service worker.
    env: { ...process.env, NODE_ENV: 'production', OUT_DIR: outDir, ...env },
    stdio: 'inherit',
  });
}

/** The single-file edition (scripts/build-single.ts), opened from file:// by single-file.e2e.ts. */
export const BUILD_SINGLE = join(ROOT, '.e2e-builds', 'single', 'hamroh.html');

/** Builds the single file; `into` also gets a copy, as a release build does for the share screen's download. */
export function buildSingleFile(out: string, into?: string): void {
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/build-single.ts', '--out', out, ...(into ? ['--into', into] : [])],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
}

/** The pack as the app holds it: the file, plus the Uzbek Cyrillic guides the app generates from it. */
export function builtPack(dir = BUILD_V1): Pack {
  const file = JSON.parse(readFileSync(join(dir, 'content', 'pack.json'), 'utf8')) as Pack;
  const words = JSON.parse(readFileSync(join(ROOT, 'locales', 'uz-Cyrl', 'words.json'), 'utf8')) as Record<
    string,
    string
  >;
  const cyrillic = file.guides
    .filter((g) => g.lang === 'uz')
    .map((g) => guideToCyrillic(g, (t) => transliterateUzLatnToCyrl(t, words)));
  return { ...file, guides: [...file.guides, ...cyrillic] };
}
