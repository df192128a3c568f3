import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', '.e2e-*', 'coverage', '.tools', '.single-build'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // IndexedDB belongs to src/db/ alone (see docs and STYLE.md): nothing else may import Dexie.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Use the modules in src/db/.' }] },
      ],
    },
  },
  {
    files: ['src/db/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'tests/**', 'vite.config.ts', 'vitest*.ts', 'src/content/build/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
