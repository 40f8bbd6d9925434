import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { binary, launchBuiltApp, skipReason, type LaunchedApp } from './launchApp';

if (!binary.path) console.log(skipReason);

let launched: LaunchedApp | undefined;
let app: ElectronApplication;
let page: Page;

test.describe('desktop shell', () => {
  test.skip(!binary.path, skipReason);

  test.beforeAll(async () => {
    // Test the app as built now: main, preload and renderer.
    launched = await launchBuiltApp();
    ({ app, page } = launched);
  });

  test.afterAll(async () => {
    await launched?.close();
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
    expect(shape.keys).toEqual(['deepLinks', 'lan', 'onMenuCommand', 'openFile', 'platform', 'printToPdf', 'reminders', 'saveFile', 'versions']);
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

  test('web links leave for the system browser only after a real click, once per click', async () => {
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as unknown as { __opened: string[] }).__opened = opened;
      shell.openExternal = (async (url: string) => void opened.push(url)) as typeof shell.openExternal;
    });
    const opened = () => app.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened);
    // Script alone is no gesture main can see: nothing opens.
    await page.evaluate(() => window.open('https://example.com/scripted'));
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: 'https://example.com/clicked', textContent: 'Example link', id: 'external-link-test' });
      // Above the app's layout, so a real click reaches it.
      Object.assign(link.style, { position: 'fixed', top: '0', left: '0', zIndex: '2147483647', background: '#fff', padding: '8px' });
      document.body.append(link);
    });
    const scripted = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) => BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (event) => resolve(event.url))),
    );
    await page.evaluate(() => document.getElementById('external-link-test')?.click());
    // Main saw the navigation (our handler, registered first, already decided it) and opened nothing.
    expect(await scripted).toBe('https://example.com/clicked');
    expect(await opened()).toEqual([]);
    // A real click (input through the browser process) opens it, and the window stays on the app.
    await page.locator('#external-link-test').click();
    await expect.poll(opened).toEqual(['https://example.com/clicked']);
    expect(page.url()).toBe('rapport://app/index.html');
    await page.evaluate(() => document.getElementById('external-link-test')?.remove());
  });
});
