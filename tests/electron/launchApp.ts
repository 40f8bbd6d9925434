import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electronBinary';

/** What every Electron spec needs: the binary (or why not), and the app as built now, launched on a fresh profile. */
export const root = resolve(import.meta.dirname, '../..');
export const binary = findElectronBinary();
export const skipReason = binary.path ? '' : `Electron specs skipped: ${binary.reason}`;

let built = false;

/** Builds main, preload and renderer once per test worker, so specs test the code as it is. */
export function buildAppOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  built = true;
}

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  close(): Promise<void>;
}

/** The built app, loading the renderer over rapport:// (never a dev server), with its own user-data folder; `args` follow the app's own (a deep link, say). */
export async function launchBuiltApp(options: { args?: string[] } = {}): Promise<LaunchedApp> {
  if (!binary.path) throw new Error(skipReason);
  buildAppOnce();
  const userData = mkdtempSync(join(tmpdir(), 'rapport-electron-'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL'),
  );
  const app = await electron.launch({
    executablePath: binary.path,
    // Chromium's OS sandbox refuses to start as root (CI containers); the renderer sandbox stays on.
    args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ...(options.args ?? [])],
    cwd: root,
    env,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    close: async () => {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
