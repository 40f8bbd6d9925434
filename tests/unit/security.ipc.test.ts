import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEEP_LINK_CHANNEL, INVOKE_CHANNELS, IPC_CHANNELS, MENU_COMMAND_CHANNEL, type IpcChannel } from '../../src/shared/ipc/channels';
import { MAX_DEEP_LINK_LENGTH } from '../../src/shared/deeplink/limits';
import { IPC_REQUEST_SCHEMAS, MAX_PRINT_TEMPLATE_CHARS, MAX_SAVE_BYTES } from '../../src/shared/ipc/schemas';
import { bridgeErrorCode, bridgeErrorMessage } from '../../src/shared/ipc/bridge';
import { ipcOk } from '../../src/shared/ipc/result';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../src/main/config/appProtocol';
import { createIpcRouter } from '../../src/main/ipc/router';
import { lanServices } from '../../src/main/ipc/lanServices';
import { deepLinkServices } from '../../src/main/ipc/deepLinkServices';
import { reminderServices } from '../../src/main/ipc/reminderServices';
import type { ReminderService } from '../../src/main/reminders/service';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/shared/reminders/settings';
import type { LanHosting, StartHostingRequest } from '../../src/main/lan/hosting';
import type { DesktopServices } from '../../src/main/ipc/services';
import { isTrustedSender } from '../../src/main/security/sender';
import { createBridge, type PreloadIpc } from '../../src/preload/bridge';

const appFrame = { senderFrame: { url: APP_ENTRY_URL, parent: null } };

/** Services that record what reached them: nothing must, unless sender and payload are good. */
function recordingServices() {
  const calls: Array<{ channel: IpcChannel; request: unknown }> = [];
  const saved = ipcOk({ saved: true, path: '/tmp/x' });
  const info = { url: 'ws://192.168.1.5:4455', port: 4455, inviteHost: '192.168.1.5', workspaceId: 'ws-1' };
  // A stand-in for the hosting service (tested for real in main.lan.test.ts).
  const hosting: LanHosting = {
    start: async (request: StartHostingRequest) => (calls.push({ channel: IPC_CHANNELS.lanStartHosting, request }), info),
    stop: async () => void calls.push({ channel: IPC_CHANNELS.lanStopHosting, request: undefined }),
    status: () => (calls.push({ channel: IPC_CHANNELS.lanStatus, request: undefined }), { hosting: false }),
    discover: async () => (calls.push({ channel: IPC_CHANNELS.lanDiscover, request: undefined }), []),
    dispose: async () => undefined,
  };
  const services: DesktopServices = {
    [IPC_CHANNELS.saveFile]: async (request) => (calls.push({ channel: IPC_CHANNELS.saveFile, request }), saved),
    [IPC_CHANNELS.openFile]: async (request) => (calls.push({ channel: IPC_CHANNELS.openFile, request }), ipcOk(null)),
    [IPC_CHANNELS.printToPdf]: async (request) => (calls.push({ channel: IPC_CHANNELS.printToPdf, request }), saved),
    ...lanServices(hosting),
    ...deepLinkServices({ rendererReady: () => void calls.push({ channel: IPC_CHANNELS.deepLinkReady, request: undefined }) }),
    // A stand-in for the reminder service (tested for real in src/main/reminders/*.test.ts).
    ...reminderServices({
      setList: async (request: unknown) => void calls.push({ channel: IPC_CHANNELS.remindersSetList, request }),
      configure: async (request: unknown) => (calls.push({ channel: IPC_CHANNELS.remindersConfigure, request }), { notifications: true, actions: false, tray: 'off', shortcut: { state: 'off', accelerator: 'CommandOrControl+Alt+R' } }),
    } as unknown as ReminderService),
  };
  return { services, calls };
}

const goodPayloads: Record<IpcChannel, unknown> = {
  [IPC_CHANNELS.saveFile]: { suggestedName: 'customers.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], data: 'a,b\n' },
  [IPC_CHANNELS.openFile]: { filters: [{ name: 'Backup', extensions: ['rapport'] }] },
  [IPC_CHANNELS.printToPdf]: { html: '<h1>Acme</h1>', pageSize: 'Letter', suggestedName: 'Acme story.pdf' },
  [IPC_CHANNELS.lanStartHosting]: { workspaceId: 'ws-1', token: 'secret-token-1', workspaceName: 'Acme' },
  [IPC_CHANNELS.lanStopHosting]: undefined,
  [IPC_CHANNELS.lanStatus]: undefined,
  [IPC_CHANNELS.lanDiscover]: undefined,
  [IPC_CHANNELS.deepLinkReady]: undefined,
  [IPC_CHANNELS.remindersSetList]: { workspaceId: 'ws-1', reminders: [] },
  [IPC_CHANNELS.remindersConfigure]: DEFAULT_REMINDER_SETTINGS,
};

describe('IPC sender validation', () => {
  it('trusts only the app origin in a top-level frame', () => {
    expect(isTrustedSender(appFrame, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: `${APP_ORIGIN}/deep/page.html#/customers`, parent: null } }, APP_ORIGIN)).toBe(true);
    const foreign = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'rapport://app.evil/index.html', parent: null } },
      { senderFrame: { url: 'rapport://print/document.html', parent: null } },
      { senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } },
      { senderFrame: { url: 'http://localhost:5173/', parent: null } },
      { senderFrame: { url: 'about:blank', parent: null } },
      { senderFrame: { url: 'data:text/html,x', parent: null } },
      // An iframe, even of our own origin, is not the app.
      { senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } },
      { senderFrame: null },
      { senderFrame: undefined },
    ];
    for (const event of foreign) expect(isTrustedSender(event, APP_ORIGIN), JSON.stringify(event)).toBe(false);
  });

  it('the dev server origin is trusted only when it is the configured origin', () => {
    const dev = { senderFrame: { url: 'http://localhost:5173/index.html', parent: null } };
    expect(isTrustedSender(dev, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(dev, APP_ORIGIN)).toBe(false);
  });

  it('the router refuses foreign frames on every channel before parsing or calling a service', async () => {
    const { services, calls } = recordingServices();
    const router = createIpcRouter({ services, trustedOrigin: APP_ORIGIN });
    for (const channel of INVOKE_CHANNELS) {
      const result = await router.get(channel)!({ senderFrame: { url: 'https://evil.example/', parent: null } }, goodPayloads[channel]);
      expect(result, channel).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
      const iframe = await router.get(channel)!({ senderFrame: { url: APP_ENTRY_URL, parent: {} } }, goodPayloads[channel]);
      expect(iframe, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });
});

describe('IPC payloads', () => {
  it('every allow-listed channel has a zod schema, and the router handles exactly those', () => {
    const { services } = recordingServices();
    const router = createIpcRouter({ services, trustedOrigin: APP_ORIGIN });
    expect([...router.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(IPC_REQUEST_SCHEMAS).sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of INVOKE_CHANNELS) {
      expect(typeof IPC_REQUEST_SCHEMAS[channel].safeParse, channel).toBe('function');
      expect(channel.startsWith('rapport:'), channel).toBe(true);
    }
    expect(INVOKE_CHANNELS).not.toContain(MENU_COMMAND_CHANNEL);
  });

  it('good payloads reach the service, parsed (defaults applied)', async () => {
    const { services, calls } = recordingServices();
    const router = createIpcRouter({ services, trustedOrigin: APP_ORIGIN });
    expect(await router.get(IPC_CHANNELS.saveFile)!(appFrame, goodPayloads[IPC_CHANNELS.saveFile])).toEqual({ ok: true, value: { saved: true, path: '/tmp/x' } });
    await router.get(IPC_CHANNELS.printToPdf)!(appFrame, { html: '<p>x</p>', suggestedName: 'x.pdf' });
    await router.get(IPC_CHANNELS.openFile)!(appFrame, {});
    expect(calls).toEqual([
      { channel: IPC_CHANNELS.saveFile, request: goodPayloads[IPC_CHANNELS.saveFile] },
      { channel: IPC_CHANNELS.printToPdf, request: { html: '<p>x</p>', suggestedName: 'x.pdf', pageSize: 'A4' } },
      { channel: IPC_CHANNELS.openFile, request: { filters: [] } },
    ]);
  });

  it('bad payloads are refused with invalid-payload and never reach a service', async () => {
    const { services, calls } = recordingServices();
    const router = createIpcRouter({ services, trustedOrigin: APP_ORIGIN });
    const bad: Array<[IpcChannel, unknown]> = [
      [IPC_CHANNELS.saveFile, undefined],
      [IPC_CHANNELS.saveFile, 'customers.csv'],
      [IPC_CHANNELS.saveFile, { suggestedName: '../../.bashrc', data: 'x' }],
      [IPC_CHANNELS.saveFile, { suggestedName: '/etc/passwd', data: 'x' }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'C:\\Windows\\win.ini', data: 'x' }],
      [IPC_CHANNELS.saveFile, { suggestedName: '..', data: 'x' }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a\u0000.csv', data: 'x' }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.csv', data: 42 }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.csv', data: { length: 3 } }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.csv', data: 'x', extra: true }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.csv', data: 'x', filters: [{ name: 'CSV', extensions: ['.csv'] }] }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.csv', data: 'x', filters: [{ name: 'CSV', extensions: ['csv/../x'] }] }],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a'.repeat(201), data: 'x' }],
      [IPC_CHANNELS.openFile, { filters: 'csv' }],
      [IPC_CHANNELS.openFile, { filters: [], defaultPath: '/etc' }],
      [IPC_CHANNELS.openFile, { filters: [], properties: ['openDirectory', 'multiSelections'] }],
      [IPC_CHANNELS.printToPdf, { html: '', suggestedName: 'x.pdf' }],
      [IPC_CHANNELS.printToPdf, { html: '<p>', suggestedName: 'x.pdf', pageSize: 'A0' }],
      [IPC_CHANNELS.printToPdf, { html: '<p>', suggestedName: 'x.pdf', headerTemplate: 'x'.repeat(MAX_PRINT_TEMPLATE_CHARS + 1) }],
      [IPC_CHANNELS.printToPdf, { html: '<p>', suggestedName: 'x.pdf', footerTemplate: 42 }],
      [IPC_CHANNELS.printToPdf, { html: '<p>', suggestedName: 'x.pdf', landscape: true }],
      [IPC_CHANNELS.printToPdf, { html: ['<p>'], suggestedName: 'x.pdf' }],
      [IPC_CHANNELS.lanStartHosting, { port: 80 }],
      [IPC_CHANNELS.lanStartHosting, undefined],
      [IPC_CHANNELS.lanStartHosting, { workspaceId: 'ws-1', token: 'short' }],
      [IPC_CHANNELS.lanStartHosting, { workspaceId: '../ws', token: 'secret-token-1' }],
      [IPC_CHANNELS.lanStartHosting, { workspaceId: 'ws-1', token: 'secret-token-1', host: '0.0.0.0' }],
      [IPC_CHANNELS.lanStopHosting, { workspaceId: 'ws-1' }],
      [IPC_CHANNELS.lanDiscover, 'all'],
      [IPC_CHANNELS.lanStatus, null],
      [IPC_CHANNELS.deepLinkReady, 'rapport://customer/ws/c'],
    ];
    for (const [channel, payload] of bad) {
      const result = await router.get(channel)!(appFrame, payload);
      expect(result, `${channel} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(calls).toEqual([]);
  });

  it('size limits are part of the schema', () => {
    const schema = IPC_REQUEST_SCHEMAS[IPC_CHANNELS.saveFile];
    expect(schema.safeParse({ suggestedName: 'a.bin', data: new Uint8Array(16) }).success).toBe(true);
    // A view claiming more than the limit is refused without allocating it.
    const huge = new Uint8Array(new ArrayBuffer(8), 0, 8);
    Object.defineProperty(huge, 'byteLength', { value: MAX_SAVE_BYTES + 1 });
    expect(schema.safeParse({ suggestedName: 'a.bin', data: huge }).success).toBe(false);
  });

  it('a throwing service answers failed instead of throwing across IPC', async () => {
    const { services } = recordingServices();
    services[IPC_CHANNELS.saveFile] = async () => {
      throw new Error('disk full');
    };
    const router = createIpcRouter({ services, trustedOrigin: APP_ORIGIN });
    expect(await router.get(IPC_CHANNELS.saveFile)!(appFrame, goodPayloads[IPC_CHANNELS.saveFile])).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk full' },
    });
  });

  it('LAN channels reach the hosting service with the parsed request', async () => {
    const { services, calls } = recordingServices();
    const router = createIpcRouter({ services, trustedOrigin: APP_ORIGIN });
    expect(await router.get(IPC_CHANNELS.lanStartHosting)!(appFrame, goodPayloads[IPC_CHANNELS.lanStartHosting])).toEqual({
      ok: true,
      value: { url: 'ws://192.168.1.5:4455', port: 4455, inviteHost: '192.168.1.5', workspaceId: 'ws-1' },
    });
    expect(await router.get(IPC_CHANNELS.lanStatus)!(appFrame, undefined)).toEqual({ ok: true, value: { hosting: false } });
    expect(await router.get(IPC_CHANNELS.lanDiscover)!(appFrame, undefined)).toEqual({ ok: true, value: [] });
    expect(await router.get(IPC_CHANNELS.lanStopHosting)!(appFrame, undefined)).toEqual({ ok: true, value: null });
    expect(calls.map((call) => call.channel)).toEqual([IPC_CHANNELS.lanStartHosting, IPC_CHANNELS.lanStatus, IPC_CHANNELS.lanDiscover, IPC_CHANNELS.lanStopHosting]);
    expect(calls[0]?.request).toEqual({ workspaceId: 'ws-1', token: 'secret-token-1', workspaceName: 'Acme' });
  });

  it('the deep-link ready signal reaches the router, with no payload', async () => {
    const { services, calls } = recordingServices();
    const router = createIpcRouter({ services, trustedOrigin: APP_ORIGIN });
    expect(await router.get(IPC_CHANNELS.deepLinkReady)!(appFrame, undefined)).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ channel: IPC_CHANNELS.deepLinkReady, request: undefined }]);
  });
});

describe('preload bridge', () => {
  function fakeIpc() {
    const invoked: Array<[string, unknown]> = [];
    const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
    const ipc: PreloadIpc = {
      invoke: async (channel, payload) => (invoked.push([channel, payload]), { ok: true, value: channel }),
      on: (channel, listener) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(listener),
      removeListener: (channel, listener) => void listeners.get(channel)?.delete(listener),
    };
    const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((listener) => listener({ sender: 'ipc-event' }, ...args));
    return { ipc, invoked, emit, listeners };
  }

  it('exposes exactly the allow-listed API and nothing of ipcRenderer', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc, { platform: 'linux', argv: ['electron', '--rapport-app-version=0.1.0'], versions: { electron: '45.4.1', chrome: '142.0', node: '22.20.0', v8: 'x' } });
    expect(Object.keys(bridge).sort()).toEqual(['deepLinks', 'lan', 'onMenuCommand', 'openFile', 'platform', 'printToPdf', 'reminders', 'saveFile', 'versions']);
    expect(Object.keys(bridge.reminders).sort()).toEqual(['configure', 'onCommand', 'setList']);
    expect(Object.keys(bridge.deepLinks).sort()).toEqual(['ready', 'subscribe']);
    expect(Object.keys(bridge.lan).sort()).toEqual(['discover', 'startHosting', 'status', 'stopHosting']);
    expect(bridge.platform).toBe('linux');
    // Only the versions named here, not all of process.versions.
    expect(bridge.versions).toEqual({ app: '0.1.0', electron: '45.4.1', chrome: '142.0', node: '22.20.0' });
    expect(JSON.stringify(Object.values(bridge))).not.toContain('invoke');
  });

  it('every bridge call goes to an allow-listed channel', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc, { platform: 'darwin', argv: [] });
    // The fake main answers { ok: true, value: channel }: the bridge hands back the value alone.
    expect(await bridge.saveFile({ suggestedName: 'a.csv', data: 'x' })).toBe(IPC_CHANNELS.saveFile);
    expect(await bridge.openFile({})).toBe(IPC_CHANNELS.openFile);
    await bridge.printToPdf({ html: '<p>', suggestedName: 'a.pdf' });
    await bridge.lan.startHosting({ workspaceId: 'ws-1', token: 'secret-token-1' });
    expect(await bridge.lan.stopHosting()).toBeUndefined();
    await bridge.lan.status();
    await bridge.lan.discover();
    expect(await bridge.deepLinks.ready()).toBeUndefined();
    expect(await bridge.reminders.setList({ workspaceId: 'ws-1', reminders: [] })).toBeUndefined();
    await bridge.reminders.configure(DEFAULT_REMINDER_SETTINGS);
    expect(invoked.map(([channel]) => channel).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(invoked.find(([channel]) => channel === IPC_CHANNELS.lanStartHosting)?.[1]).toEqual({ workspaceId: 'ws-1', token: 'secret-token-1' });
    expect(bridge.versions.app).toBe('unknown');
  });

  it('a refused call rejects with the code and a readable message', async () => {
    const ipc: PreloadIpc = {
      invoke: async () => ({ ok: false, error: { code: 'invalid-payload', message: 'suggestedName: a file name, not a path' } }),
      on: () => undefined,
      removeListener: () => undefined,
    };
    const bridge = createBridge(ipc, { platform: 'linux', argv: [] });
    const error = await bridge.saveFile({ suggestedName: '../x', data: 'x' }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('[invalid-payload] suggestedName: a file name, not a path');
    expect(bridgeErrorCode(error)).toBe('invalid-payload');
    expect(bridgeErrorMessage(error)).toBe('suggestedName: a file name, not a path');
    // As it arrives through Electron when thrown in main instead.
    const wrapped = new Error("Error invoking remote method 'x': Error: [failed] disk full");
    expect([bridgeErrorCode(wrapped), bridgeErrorMessage(wrapped)]).toEqual(['failed', 'disk full']);
    expect(bridgeErrorCode(new Error('plain'))).toBeUndefined();
  });

  it('passes only known menu commands to the renderer, without the Electron event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc, { platform: 'linux', argv: [] });
    const seen: unknown[][] = [];
    const off = bridge.onMenuCommand((...args) => seen.push(args));
    emit(MENU_COMMAND_CHANNEL, 'new-customer');
    emit(MENU_COMMAND_CHANNEL, 'rm -rf /');
    emit(MENU_COMMAND_CHANNEL, { command: 'find' });
    emit(MENU_COMMAND_CHANNEL, 'export-pdf');
    expect(seen).toEqual([['new-customer'], ['export-pdf']]);
    off();
    emit(MENU_COMMAND_CHANNEL, 'find');
    expect(seen).toHaveLength(2);
    expect(listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });

  it('passes only bounded rapport:// text as deep links, without the Electron event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc, { platform: 'linux', argv: [] });
    const seen: unknown[][] = [];
    const off = bridge.deepLinks.subscribe((...args) => seen.push(args));
    emit(DEEP_LINK_CHANNEL, 'rapport://customer/ws/c');
    emit(DEEP_LINK_CHANNEL, 'javascript:alert(1)');
    emit(DEEP_LINK_CHANNEL, { href: 'rapport://customer/ws/c' });
    emit(DEEP_LINK_CHANNEL, `rapport://customer/ws/${'c'.repeat(MAX_DEEP_LINK_LENGTH)}`);
    expect(seen).toEqual([['rapport://customer/ws/c']]);
    off();
    emit(DEEP_LINK_CHANNEL, 'rapport://customer/ws/c');
    expect(seen).toHaveLength(1);
    expect(listeners.get(DEEP_LINK_CHANNEL)?.size).toBe(0);
  });

  it('the preload bundles no package but electron (a sandboxed preload can require nothing else)', () => {
    const root = resolve(import.meta.dirname, '../..');
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        if (match[1]) continue; // type-only imports vanish at build time
        const specifier = match[2];
        if (specifier.startsWith('.')) visit(`${join(dirname(file), specifier)}.ts`);
        else bare.add(specifier);
      }
    };
    visit(join(root, 'src/preload/index.ts'));
    expect([...bare]).toEqual(['electron']);
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
