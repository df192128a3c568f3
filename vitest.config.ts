import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit tests: no content plugin (each test builds the content it needs), fake IndexedDB for Dexie.
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  resolve: {
    alias: {
      'virtual:content-pack-meta': fileURLToPath(
        new URL('./tests/fixtures/bundledPackMeta.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    // Many tests build the real content pack (about a second on a quiet machine); on a busy
    // 2-core CI runner the default 5 s made them fail now and then, which says nothing about the code.
    testTimeout: 30_000,
  },
});
