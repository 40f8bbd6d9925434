import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { findChromium, chromiumArgs } from '../support/chromium.ts';

const port = Number(process.env.RAPPORT_E2E_PORT ?? 4317);
// Where the web build goes: set RAPPORT_E2E_OUT to run two e2e sessions side by side
// (each with its own RAPPORT_E2E_PORT) without one build overwriting the other.
const outDir = resolve(import.meta.dirname, '../..', process.env.RAPPORT_E2E_OUT ?? 'dist-web');

// End-to-end tests drive the production web build in a real Chromium.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npm run build:web -- --outDir ${outDir} && npx vite preview --config vite.web.config.ts --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    cwd: '../..',
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
  },
});
