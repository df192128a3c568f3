/**
 * npm run build:single [-- --out dist-single/hamroh.html] [--into dist]
 *
 * Writes the single-file edition: one HTML file holding the whole app (code, styles, the four
 * languages and the content pack) that opens from file:// or a messenger's download folder, with
 * no service worker and no request of any kind. Read-only: content comes from the file itself.
 *
 * Size: the app's code and the pack are ~1.1 MB as text, so the file carries them gzip-compressed
 * (as base85 text) behind a tiny loader that unpacks them with the browser's DecompressionStream.
 * `--into <dir>` also copies the file into a normal build (dist/hamroh.html) for the share screen's
 * download link; it is copied after the service worker's precache list was made, so it is not
 * precached and does not double the first visit's download.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, constants as zlib } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { buildPack } from '../src/content/build/pack';
import { formatProblem } from '../src/content/build/problems';
import { shortFingerprint } from '../src/content/fingerprint';
import { encodeBase85 } from '../src/features/share/singleFile/base85';
import { OLD_BROWSER_ID, PAYLOAD_ID } from '../src/features/share/singleFile/ids';
import { BROWSER_NAMES, SINGLE_FILE_NAME } from '../src/features/share/names';
import { transliterateUzLatnToCyrl, type TransliterationExceptions } from '../src/i18n/transliterate';
import { escapeHtml } from './lib/escapeHtml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = join(ROOT, 'dist-single', 'hamroh.html');
/**
 * The budget for the file, raw bytes: small enough to pass by messenger on slow mobile data.
 * 400 KB until content pack 2 (issue 16) added three guides and fuller sourced texts.
 */
export const BUDGET_BYTES = 500 * 1024;

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

function stringAt(value: unknown, path: string[]): string {
  const found = path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    value,
  );
  if (typeof found !== 'string') throw new Error(`missing string ${path.join('.')}`);
  return found;
}

/** "This browser is too old", in the four scripts: shown by the loader when it cannot unpack. */
function oldBrowserMessages(): { lang: string; text: string }[] {
  const key = ['singleFile', 'oldBrowser'];
  const fill = (text: string) => text.replace(/{{\s*browser\s*}}/g, BROWSER_NAMES.chrome);
  const uz = stringAt(readJson('locales/uz/share.json'), key);
  const overrides = readJson('locales/uz-Cyrl/ui.overrides.json') as Record<string, string>;
  const words = readJson('locales/uz-Cyrl/words.json') as TransliterationExceptions;
  const uzCyrl = overrides['share.singleFile.oldBrowser'] ?? transliterateUzLatnToCyrl(uz, words);
  return [
    { lang: 'uz', text: fill(uz) },
    { lang: 'uz-Cyrl', text: fill(uzCyrl) },
    { lang: 'ru', text: fill(stringAt(readJson('locales/ru/share.json'), key)) },
    { lang: 'en', text: fill(stringAt(readJson('locales/en/share.json'), key)) },
  ];
}

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface SingleFileParts {
  /** The app as one ES module, run after unpacking. */
  code: string;
  style: string;
  loader: string;
  description: string;
  /** "app 0.1.0; content 3; fingerprint 1a2b …", readable in any text viewer. */
  edition: string;
  icon: string;
  oldBrowser: { lang: string; text: string }[];
}

/**
 * The file itself. Its Content-Security-Policy allows exactly three inline pieces by hash (the
 * loader, the unpacked app, the styles) and no request to anywhere: connect-src and default-src
 * are 'none', so even a bug could not send anything.
 */
export function singleFileHtml(parts: SingleFileParts): string {
  const payload = encodeBase85(gzipSync(Buffer.from(parts.code, 'utf8'), { level: zlib.Z_BEST_COMPRESSION }));
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(parts.loader)} ${cspHash(parts.code)}`,
    `style-src ${cspHash(parts.style)}`,
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const icon = `data:image/svg+xml,${encodeURIComponent(parts.icon.trim())}`;
  const oldBrowser = parts.oldBrowser.map((m) => `<p lang="${m.lang}">${escapeHtml(m.text)}</p>`).join('');
  return [
    '<!doctype html>',
    '<html lang="uz">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="theme-color" content="#0b5d6b">',
    `<meta name="description" content="${escapeHtml(parts.description)}">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    `<meta name="hamroh-edition" content="${escapeHtml(parts.edition)}">`,
    `<link rel="icon" href="${escapeHtml(icon)}">`,
    '<title>Hamroh</title>',
    `<style>${parts.style}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<div id="${OLD_BROWSER_ID}" hidden>${oldBrowser}</div>`,
    `<script type="text/plain" id="${PAYLOAD_ID}">${payload}</script>`,
    `<script type="module">${parts.loader}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function onlyChunk(output: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk {
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = outputs.flatMap((o) => ('output' in o ? o.output : [])).filter((c) => c.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`expected one chunk, got ${chunks.length}`);
  return chunks[0];
}

/** The loader: boot.ts bundled on its own, small enough to sit in the file as is. */
async function buildLoader(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'chrome80',
      lib: {
        entry: join(ROOT, 'src/features/share/singleFile/boot.ts'),
        formats: ['es'],
        fileName: 'boot',
      },
    },
  });
  return onlyChunk(output).code.trim();
}

/** The app with vite.single.config.ts; vite-plugin-singlefile leaves one inline script and style. */
async function buildApp(workDir: string): Promise<{ code: string; style: string }> {
  await build({
    configFile: join(ROOT, 'vite.single.config.ts'),
    configLoader: 'bundle',
    logLevel: 'warn',
    build: { outDir: workDir, emptyOutDir: true },
  });
  const html = readFileSync(join(workDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)];
  if (scripts.length !== 1 || styles.length !== 1 || /\b(src|href)="(?!data:)[^"]*\.(js|css)"/.test(html))
    throw new Error('the single build left files outside index.html');
  return { code: scripts[0]?.[1] ?? '', style: styles[0]?.[1] ?? '' };
}

export interface SingleFileResult {
  file: string;
  raw: number;
  gzip: number;
  contentVersion: number;
  fingerprint: string;
}

export async function buildSingleFile(out = DEFAULT_OUT): Promise<SingleFileResult> {
  const result = await buildPack(ROOT, { today: new Date().toISOString().slice(0, 10) });
  if (!result.ok) throw new Error(`Content problems:\n${result.problems.map(formatProblem).join('\n')}`);
  const { pack } = result;

  const workDir = join(dirname(out), '.vite');
  const app = await buildApp(workDir);
  rmSync(workDir, { recursive: true, force: true });
  if (!app.code.includes(pack.hash)) throw new Error('the built code does not carry this content pack');

  const pkg = readJson('package.json') as { version: string };
  const indexHtml = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const html = singleFileHtml({
    ...app,
    loader: await buildLoader(),
    description: indexHtml.match(/name="description" content="([^"]*)"/)?.[1] ?? 'Hamroh',
    edition: `app ${process.env.APP_VERSION ?? pkg.version}; content ${pack.version}; fingerprint ${shortFingerprint(pack.hash)}`,
    icon: readFileSync(join(ROOT, 'public/icons/icon.svg'), 'utf8'),
    oldBrowser: oldBrowserMessages(),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  const bytes = Buffer.from(html, 'utf8');
  return {
    file: out,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: zlib.Z_BEST_COMPRESSION }).length,
    contentVersion: pack.version,
    fingerprint: shortFingerprint(pack.hash),
  };
}

async function main(): Promise<void> {
  // Vitest and other callers may set NODE_ENV=test, which would make Vite build a development bundle.
  process.env.NODE_ENV = 'production';
  const { values } = parseArgs({ options: { out: { type: 'string' }, into: { type: 'string' } } });
  const built = await buildSingleFile(values.out ? resolve(values.out) : DEFAULT_OUT);
  if (values.into) copyFileSync(built.file, join(resolve(values.into), SINGLE_FILE_NAME));
  console.log(JSON.stringify({ ...built, budget: BUDGET_BYTES, withinBudget: built.raw <= BUDGET_BYTES }));
  if (built.raw > BUDGET_BYTES)
    console.warn(`warning: ${built.raw} bytes is over the ${BUDGET_BYTES}-byte budget`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
