import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels';
import { APP_CSP } from '../../src/shared/ipc/csp';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../../src/main/config/appProtocol';
import { mainWindowWebPreferences } from '../../src/main/config/webPreferences';

/**
 * The Electron adapters, run against a stand-in for the `electron` module (the
 * real one would try to download its binary). Proves the adapters wire the
 * tested config and handlers in, rather than options of their own.
 */
const fake = await vi.hoisted(async () => {
  // Hoisted above the imports, so it loads what it needs itself.
  const { EventEmitter } = await import('node:events');
  class FakeContents extends EventEmitter {
    windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
    sent: unknown[][] = [];
    session = { protocol: { handle: () => undefined, unhandle: () => undefined } };
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }
  class FakeWindow extends EventEmitter {
    static created: FakeWindow[] = [];
    webContents = new FakeContents();
    loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.created.push(this);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    getBounds = () => ({ x: 1, y: 2, width: 3, height: 4 });
    getNormalBounds = () => ({ x: 1, y: 2, width: 3, height: 4 });
    maximize = vi.fn();
    setFullScreen = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    static getAllWindows = () => FakeWindow.created;
  }
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const appEvents = new EventEmitter();
  const session = {
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    headersListener: undefined as undefined | { filter: unknown; listener: (...args: unknown[]) => void },
    setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
      session.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      session.permissionCheck = handler;
    },
    setDevicePermissionHandler: vi.fn(),
    webRequest: {
      onHeadersReceived(filter: unknown, listener: (...args: unknown[]) => void) {
        session.headersListener = { filter, listener };
      },
    },
    protocol: {
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        protocolHandlers.set(scheme, handler);
      },
    },
  };
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const calls: string[] = [];
  const paths = { userData: '' };
  return { paths, FakeContents, FakeWindow, handlers, protocolHandlers, appEvents, session, ready, resolveReady: () => resolveReady(), calls };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeWindow,
  app: {
    isPackaged: true,
    isReady: () => true,
    name: 'Rapport',
    enableSandbox: () => fake.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: () => fake.ready.then(() => void fake.calls.push('ready')),
    on: (event: string, listener: (...args: unknown[]) => void) => fake.appEvents.on(event, listener),
    getAppPath: () => '/nonexistent-app',
    getVersion: () => '9.9.9',
    getPath: () => fake.paths.userData,
    quit: vi.fn(),
    setAsDefaultProtocolClient: vi.fn(() => true),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown) => fake.calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
  },
  session: { defaultSession: fake.session },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => fake.handlers.set(channel, handler),
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  },
  shell: { openExternal: vi.fn(async () => undefined) },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
  },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: vi.fn() },
  // Reminders (tested with their own fakes in tests/unit/main.reminders.adapter.test.ts).
  powerMonitor: { on: vi.fn() },
  Notification: { isSupported: () => false },
  globalShortcut: { register: vi.fn(() => true), unregister: vi.fn(), unregisterAll: vi.fn() },
  nativeImage: { createEmpty: vi.fn(), createFromPath: vi.fn() },
  Tray: vi.fn(),
}));

const electron = await import('electron');
const { hardenWebContents } = await import('../../src/main/electron/hardening');
const { startDesktopApp } = await import('../../src/main/electron/app');

describe('hardenWebContents', () => {
  beforeEach(() => vi.mocked(electron.shell.openExternal).mockClear());

  it('prevents navigation out of the app origin and opens only safe links externally', () => {
    const contents = new fake.FakeContents();
    hardenWebContents(contents as never, APP_ORIGIN);
    // The user clicked (external opens need a gesture: tests/unit/main.hardening.test.ts).
    contents.emit('input-event', {}, { type: 'mouseUp' });
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'rapport://elsewhere/index.html']) {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const inside = { url: `${APP_ENTRY_URL}#/x`, preventDefault: vi.fn() };
    contents.emit('will-navigate', inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(vi.mocked(electron.shell.openExternal).mock.calls).toEqual([['https://example.com/']]);
  });

  it('denies window.open and <webview>', () => {
    const contents = new fake.FakeContents();
    hardenWebContents(contents as never, APP_ORIGIN);
    contents.emit('input-event', {}, { type: 'mouseUp' });
    expect(contents.windowOpenHandler!({ url: 'https://example.com/x' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'smb://host/share' })).toEqual({ action: 'deny' });
    expect(vi.mocked(electron.shell.openExternal).mock.calls).toEqual([['https://example.com/x']]);
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('startDesktopApp', () => {
  let userData: string;
  beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'rapport-adapter-'));
    fake.paths.userData = userData;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    startDesktopApp();
  });
  afterAll(async () => {
    await rm(userData, { recursive: true, force: true });
  });

  it('registers the privileged scheme and the sandbox before the app is ready', async () => {
    expect(fake.calls).toEqual([
      `registerSchemesAsPrivileged ${JSON.stringify([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])}`,
      'enableSandbox',
    ]);
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.FakeWindow.created).toHaveLength(1));
    expect(fake.calls[2]).toBe('ready');
  });

  it('opens one window with the tested webPreferences on the app protocol', () => {
    const [window] = fake.FakeWindow.created;
    const { preload } = window.options.webPreferences as { preload: string };
    expect(preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(window.options.webPreferences).toEqual(mainWindowWebPreferences({ preloadPath: preload, appVersion: '9.9.9' }));
    expect(window.loaded).toEqual([APP_ENTRY_URL]);
  });

  it('hardens every new webContents', () => {
    const contents = new fake.FakeContents();
    fake.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    for (const event of ['will-frame-navigate', 'will-redirect', 'input-event', 'will-attach-webview']) expect(contents.listenerCount(event), event).toBe(1);
  });

  it('denies permissions and sets the CSP on app responses', () => {
    const granted: boolean[] = [];
    fake.session.permissionRequest!({}, 'media', (ok: boolean) => granted.push(ok), { requestingUrl: APP_ENTRY_URL });
    expect(granted).toEqual([false]);
    expect(fake.session.permissionCheck!({}, 'geolocation', 'rapport://app', {})).toBe(false);
    let headers: unknown;
    fake.session.headersListener!.listener({ url: APP_ENTRY_URL, responseHeaders: {} }, (response: { responseHeaders: unknown }) => (headers = response.responseHeaders));
    expect(headers).toEqual({ 'Content-Security-Policy': [APP_CSP] });
  });

  it('serves the renderer through the protocol handler, refusing traversal', async () => {
    const handler = fake.protocolHandlers.get(APP_SCHEME)!;
    const response = await handler(new Request('rapport://app/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    // The renderer is not built next to the sources: a clean 404, not a thrown error.
    expect((await handler(new Request('rapport://app/index.html'))).status).toBe(404);
  });

  it('registers exactly the allow-listed IPC channels, each refusing foreign senders', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const [channel, handler] of fake.handlers) {
      const result = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const lan = await fake.handlers.get('rapport:lan:status')!({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, undefined);
    // LAN hosting is wired to the real service: not hosting until asked.
    expect(lan).toEqual({ ok: true, value: { hosting: false } });
  });

  it('installs the app menu, whose commands go to the window', () => {
    const [window] = fake.FakeWindow.created;
    const menu = vi.mocked(electron.Menu.setApplicationMenu).mock.calls[0][0] as unknown as { template: Array<{ submenu?: Array<{ id?: string; click?: () => void }> }> };
    const newCustomer = menu.template.flatMap((m) => m.submenu ?? []).find((item) => item.id === 'new-customer')!;
    newCustomer.click!();
    expect(window.webContents.sent).toEqual([['rapport:menu:command', 'new-customer']]);
  });

  it('registers as the rapport:// handler and sends deep links from a second launch or open-url once the page is ready', async () => {
    expect(vi.mocked(electron.app.setAsDefaultProtocolClient)).toHaveBeenCalledWith('rapport');
    const [window] = fake.FakeWindow.created;
    const links = () => window.webContents.sent.filter(([channel]) => channel === 'rapport:deeplink:open');
    const ready = () => fake.handlers.get('rapport:deeplink:ready')!({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, undefined);
    fake.appEvents.emit('second-instance', {}, ['Rapport.exe', '--original-process-start-time=1', 'rapport://customer/ws-1/c-1'], '/', null);
    expect(window.focus).toHaveBeenCalled();
    expect(links()).toEqual([]);
    expect(await ready()).toEqual({ ok: true, value: null });
    expect(links()).toEqual([['rapport:deeplink:open', 'rapport://customer/ws-1/c-1']]);
    // macOS: open-url, its default (open in the browser) prevented; a reload queues until the new page is ready.
    window.webContents.emit('did-navigate');
    const openUrl = { preventDefault: vi.fn() };
    fake.appEvents.emit('open-url', openUrl, 'rapport://customer/ws-1/c-2');
    expect(openUrl.preventDefault).toHaveBeenCalled();
    fake.appEvents.emit('open-url', { preventDefault: vi.fn() }, 'rapport://customer/ws-1/c-2?token=x');
    expect(links()).toHaveLength(1);
    await ready();
    expect(links()).toEqual([
      ['rapport:deeplink:open', 'rapport://customer/ws-1/c-1'],
      ['rapport:deeplink:open', 'rapport://customer/ws-1/c-2'],
    ]);
  });
});
