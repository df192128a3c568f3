// Builds the bench's baseline (see main.tsx) with the same plugins as the app and their defaults,
// except that its service worker takes control at once, so that the first visit installs it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: process.env.OUT_DIR, emptyOutDir: true },
  plugins: [
    react(),
    VitePWA({ injectRegister: false, manifest: false, workbox: { skipWaiting: true, clientsClaim: true } }),
  ],
});
