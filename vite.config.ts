import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPack } from './scripts/vite-plugin-content';
import { prerender } from './scripts/vite-plugin-prerender';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// Browser tests build a second version (APP_VERSION) to check the update prompt.
const appVersion = process.env.APP_VERSION ?? pkg.version;

export default defineConfig({
  // Relative base: the same build works from any mirror path and from a copied folder.
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
    __PACK_PUBLIC_KEY__: JSON.stringify(process.env.PACK_PUBLIC_KEY ?? ''), // tests: a throwaway signing key
  },
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    target: ['chrome80', 'safari14', 'firefox78'],
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // One chunk per language instead of one per string file: at start the app loads
              // its language's strings in one request to the service worker, not seven.
              name: (id: string) => /\/locales\/(en|ru|uz)\/[^/]+\.json$/.exec(id)?.[1] ?? null,
            },
          ],
        },
      },
    },
  },
  plugins: [
    contentPack(root),
    prerender(root),
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false, // registered by src/sw/register.ts with workbox-window
      manifest: {
        id: './',
        name: 'Hamroh',
        short_name: 'Hamroh',
        description: 'Rights and useful phone numbers for people working away from home. Works offline.',
        lang: 'uz',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5d6b',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app can show is precached on the first visit: code, every language, the content pack.
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        // The main stylesheet is inlined into index.html at build time (scripts/vite-plugin-prerender.ts):
        // its file would be a second copy in the offline install.
        globIgnores: ['assets/index-*.css'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true, // the first visit is controlled at once; updates still wait for the user
      },
    }),
  ],
});
