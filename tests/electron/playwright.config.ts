import { defineConfig } from '@playwright/test';

// Electron specs: Playwright's `_electron` drives the built desktop app where
// the Electron binary exists; elsewhere each spec reports as skipped, with the reason.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
