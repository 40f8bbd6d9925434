import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electronBinary';

const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
const skipReason = binary.path ? '' : `Electron specs skipped: ${binary.reason}`;
if (!binary.path) console.log(skipReason);

let app: ElectronApplication;
let page: Page;
let userData: string;

test.describe('desktop shell', () => {
  test.skip(!binary.path, skipReason);

  test.beforeAll(async () => {
    // Test the app as built now: main, preload and renderer.
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
    userData = mkdtempSync(join(tmpdir(), 'rapport-electron-'));
    // The built renderer over rapport://, not a dev server.
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL'),
    );
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium's OS sandbox refuses to start as root (CI containers); the renderer sandbox stays on.
      args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: root,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('loads the renderer from the app protocol, with the CSP header', async () => {
    expect(page.url()).toBe('rapport://app/index.html');
    const csp = await page.evaluate(async () => (await fetch('rapport://app/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  test('the window is isolated and sandboxed, with Node out of reach', async () => {
    // The page sees the bridge but none of the preload's own world (contextIsolation).
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).ipcRenderer)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).process)).toBe('undefined');
  });

  test('window.rapport is the allow-listed bridge', async () => {
    type Bridge = {
      versions: Record<string, string>;
      lan: { status(): Promise<unknown> };
      saveFile(x: unknown): Promise<unknown>;
    };
    const shape = await page.evaluate(() => {
      const bridge = (window as unknown as { rapport: Record<string, unknown> }).rapport;
      return { keys: Object.keys(bridge).sort(), lan: Object.keys(bridge.lan as object).sort(), versions: bridge.versions as Record<string, string> };
    });
    expect(shape.keys).toEqual(['lan', 'onMenuCommand', 'openFile', 'platform', 'printToPdf', 'saveFile', 'versions']);
    expect(shape.lan).toEqual(['discover', 'startHosting', 'status', 'stopHosting']);
    expect(shape.versions.app).toMatch(/^\d+\.\d+\.\d+/);
    expect(shape.versions.electron).toMatch(/^45\./);
    const status = await page.evaluate(() => (window as unknown as { rapport: Bridge }).rapport.lan.status());
    expect(status).toEqual({ hosting: false });
    // A bad payload is refused by main's zod schema: the promise rejects with the code.
    const bad = await page.evaluate(() =>
      (window as unknown as { rapport: Bridge }).rapport.saveFile({ suggestedName: '../x', data: 1 }).then(
        () => 'resolved',
        (error: Error) => error.message,
      ),
    );
    expect(bad).toContain('[invalid-payload]');
  });

  test('new windows and navigation away are denied', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    // Observe main's will-navigate (our handler, registered first, cancels it).
    const attempted = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) => BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (event) => resolve(event.url))),
    );
    await page.evaluate(() => {
      window.location.href = 'rapport://elsewhere/index.html';
    });
    expect(await attempted).toBe('rapport://elsewhere/index.html');
    expect(page.url()).toBe('rapport://app/index.html');
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    expect(app.windows()).toHaveLength(1);
  });
});
