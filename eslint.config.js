// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'net', 'child_process', 'crypto', 'url', 'stream', 'events', 'zlib', 'dgram', 'worker_threads'];

/** Import lines per runtime (DESIGN.md section 2): renderer, main and relay depend on shared, never the reverse. */
const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns, paths }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', 'dist-web-*/', 'test-results/', 'playwright-report/', '.tmp/', 'bench/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: restrict([
      { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/relay/**', '**/cli/**'], message: 'src/shared imports nothing from the runtimes.' },
      { group: ['electron', 'react', 'react-dom', 'ws', ...nodeBuiltins], message: 'src/shared is pure TypeScript: no DOM, Node or Electron.' },
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      { group: ['**/main/**', '**/preload/**', '**/relay/**', '**/cli/**'], message: 'The renderer depends only on src/shared.' },
      { group: ['electron', 'ws', ...nodeBuiltins], message: 'The renderer also runs as a web page: no Node or Electron.' },
    ]),
  },
  {
    files: ['src/relay/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([
      { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**'], message: 'The relay depends only on src/shared.' },
      { group: ['electron'], message: 'The relay is plain Node.' },
    ]),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([
      { group: ['**/renderer/**', '**/preload/**', '**/cli/**'], message: 'main depends on shared and relay only.' },
      { group: ['electron'], message: 'Import electron only in the thin adapters under src/main/electron/.' },
    ]),
  },
  {
    files: ['src/main/electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([{ group: ['**/renderer/**', '**/preload/**', '**/cli/**'], message: 'main depends on shared and relay only.' }]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([{ group: ['**/renderer/**', '**/main/**', '**/relay/**', '**/cli/**'], message: 'The preload depends only on src/shared.' }]),
  },
  {
    files: ['src/cli/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'build/**/*.{ts,mjs}', 'resources/**/*.mjs', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
