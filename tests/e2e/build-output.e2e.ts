/**
 * The production build itself: what the service worker precaches, the size budgets (sizes, not
 * times), and syntax that the oldest supported browsers (Chrome 80 on Android, older Samsung
 * Internet) cannot parse.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { BUILD_V1 } from './support/builds';

const file = (path: string) => readFileSync(join(BUILD_V1, path));
const gzipKB = (paths: string[]) =>
  paths.reduce((sum, p) => sum + gzipSync(file(p), { level: 9 }).length, 0) / 1024;
const html = file('index.html').toString();
const sw = file('sw.js').toString();
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
const initialJs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
const allJs = readdirSync(join(BUILD_V1, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);

describe('precache', () => {
  it('holds the shell, the manifest, the icons, every JS chunk and the content pack', () => {
    for (const needed of [
      'index.html',
      'manifest.webmanifest',
      'content/pack.json',
      'icons/icon-192.png',
      'icons/icon-512.png',
    ]) {
      expect(precached).toContain(needed);
    }
    for (const chunk of allJs) expect(precached, chunk).toContain(chunk);
    expect(new Set(precached).size).toBe(precached.length); // no duplicates
  });

  it('index.html carries the main stylesheet inline, so the uncached CSS file is never needed', () => {
    expect(html).toMatch(/<style>[^<]{1000,}<\/style>/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(precached.filter((p) => /^assets\/index-.*\.css$/.test(p))).toEqual([]);
  });

  it('the manifest is installable and neutral', () => {
    const manifest = JSON.parse(file('manifest.webmanifest').toString()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Hamroh', start_url: './', scope: './', display: 'standalone' });
    const icons = manifest.icons as { sizes: string; purpose?: string }[];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});

describe('budgets (gzip sizes)', () => {
  it('initial JS ≤ 135 KB', () => {
    expect(initialJs.length).toBeGreaterThan(0);
    expect(gzipKB(initialJs)).toBeLessThanOrEqual(135);
  });

  // 350 KB until content pack 2 (issue 16: three new guides, every guide fuller and sourced)
  // grew the pack from 114 to 148 KB; the code did not grow. Content is not cut to fit a number.
  it('the whole offline install (precache, content included) ≤ 375 KB', () => {
    expect(gzipKB(precached)).toBeLessThanOrEqual(375);
  });

  it('search code stays out of the initial JS', () => {
    const initial = initialJs.map((p) => file(p).toString()).join('\n');
    expect(initial).not.toMatch(/MiniSearch|minisearch/);
  });
});

describe('old phones', () => {
  it('every JS file parses as ES2020, which Chrome 80 supports', () => {
    for (const path of allJs) {
      expect(
        () => parse(file(path).toString(), { ecmaVersion: 2020, sourceType: 'module' }),
        path,
      ).not.toThrow();
    }
  });

  it('uses none of the newer built-ins Chrome 80 lacks', () => {
    // Syntax is lowered by the build; these runtime functions are not, so they must not be called.
    const newer =
      /\.(replaceAll|findLast|findLastIndex|at)\(|Object\.hasOwn\(|structuredClone\(|Array\.prototype\.at\b/;
    const offenders = allJs.filter((p) =>
      newer.test(
        file(p)
          .toString()
          .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, ''),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
