/**
 * The single-file edition (scripts/build-single.ts runs this): the same app in one chunk, with the
 * content pack inside the code (contentPack's `inline`), no service worker and no public files.
 * vite-plugin-singlefile inlines the code and styles into index.html; the build script then
 * compresses them into the final file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentPack } from './scripts/vite-plugin-content';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The file gets its own Content-Security-Policy, with hashes for its inline code (build-single.ts). */
const dropIndexCsp: Plugin = {
  name: 'hamroh-drop-index-csp',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  base: './',
  publicDir: false, // icons and the manifest belong to the installable app; the file needs none
  define: {
    __APP_VERSION__: JSON.stringify(process.env.APP_VERSION ?? pkg.version),
    __PACK_PUBLIC_KEY__: JSON.stringify(process.env.PACK_PUBLIC_KEY ?? ''),
    // src/features/share/edition.ts: the file shares itself, not a link, and carries no QR code.
    'import.meta.env.VITE_SINGLE_FILE': 'true',
  },
  build: {
    outDir: process.env.OUT_DIR ?? '.single-build',
    emptyOutDir: true,
    target: ['chrome80', 'safari14', 'firefox78'],
    modulePreload: false, // one chunk: nothing to preload
  },
  plugins: [contentPack(root, { inline: true }), react(), dropIndexCsp, viteSingleFile()],
});
