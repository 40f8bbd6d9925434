import { describe, expect, it, vi } from 'vitest';
import { PRINT_CSP } from '../../src/shared/ipc/csp';
import { PRINT_PARTITION, printWindowOptions } from '../../src/main/config/webPreferences';

/**
 * The print adapter (src/main/electron/printToPdf.ts) against a stand-in for
 * `electron` that behaves like Chromium where it matters: a window's session
 * is the one of its partition, loadURL runs the session's request filter and
 * then its protocol handler, and printToPDF prints what was loaded.
 */
const fake = vi.hoisted(() => {
  type Filter = (details: { url: string; resourceType: string; webContentsId: number }, callback: (response: { cancel: boolean }) => void) => void;
  type Handler = (request: Request) => Response | Promise<Response>;
  class FakeSession {
    filters: Filter[] = [];
    handlers = new Map<string, Handler>();
    permissionRequest: ((...args: unknown[]) => void) | undefined;
    permissionCheck: ((...args: unknown[]) => boolean) | undefined;
    devicePermission: (() => boolean) | undefined;
    webRequest = { onBeforeRequest: (filter: Filter) => void this.filters.push(filter) };
    protocol = {
      handle: (scheme: string, handler: Handler) => {
        // Electron throws when a scheme is handled twice in one session.
        if (this.handlers.has(scheme)) throw new Error(`${scheme} is already handled`);
        this.handlers.set(scheme, handler);
      },
      unhandle: (scheme: string) => void this.handlers.delete(scheme),
    };
    setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
      this.permissionRequest = handler;
    }
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheck = handler;
    }
    setDevicePermissionHandler(handler: () => boolean) {
      this.devicePermission = handler;
    }
  }
  // As in Electron: one session per partition, made on first use and never freed.
  const partitions = new Map<string, FakeSession>();
  const sessionFor = (partition: string) => {
    let ses = partitions.get(partition);
    if (!ses) partitions.set(partition, (ses = new FakeSession()));
    return ses;
  };
  const fromPartitionCalls: unknown[][] = [];
  const fromPartition = (partition: string, options?: unknown) => {
    fromPartitionCalls.push([partition, options]);
    return sessionFor(partition);
  };
  let nextId = 100;
  /** Each loadURL waits here until the test lets it finish, so prints can overlap. */
  const pendingLoads: Array<() => void> = [];
  class FakeWindow {
    static all: FakeWindow[] = [];
    destroyed = false;
    loadedUrl: string | undefined;
    loadedBody: string | undefined;
    webContents: { id: number; session: FakeSession; printToPDF: (options: unknown) => Promise<Buffer> };
    constructor(readonly options: { webPreferences: { partition: string } }) {
      FakeWindow.all.push(this);
      const ses = sessionFor(options.webPreferences.partition);
      this.webContents = { id: nextId++, session: ses, printToPDF: async () => Buffer.from(`%PDF-fake ${this.loadedBody ?? ''}`) };
    }
    async loadURL(url: string) {
      const ses = this.webContents.session;
      this.loadedUrl = url;
      const cancelled = await new Promise<boolean>((resolve) => {
        for (const filter of ses.filters) filter({ url, resourceType: 'mainFrame', webContentsId: this.webContents.id }, (r) => resolve(r.cancel));
        if (ses.filters.length === 0) resolve(false);
      });
      if (cancelled) throw new Error(`ERR_BLOCKED_BY_CLIENT (${url})`);
      await new Promise<void>((resolve) => pendingLoads.push(resolve));
      const handler = ses.handlers.get(new URL(url).protocol.slice(0, -1));
      const response = await handler!(new Request(url));
      if (!response.ok) throw new Error(`ERR_FILE_NOT_FOUND (${url})`);
      this.loadedBody = await response.text();
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { FakeWindow, partitions, fromPartition, fromPartitionCalls, pendingLoads };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeWindow, session: { fromPartition: fake.fromPartition } }));

const { renderPdf } = await import('../../src/main/electron/printToPdf');

async function releaseLoads(count: number) {
  await vi.waitFor(() => expect(fake.pendingLoads.length).toBeGreaterThanOrEqual(count));
  for (const resolve of fake.pendingLoads.splice(0, count)) resolve();
}

describe('renderPdf on one print session', () => {
  it('prints on the fixed in-memory partition, hardened once, through overlapping prints', async () => {
    const first = renderPdf({ html: '<p>First story</p>', pageSize: 'A4', title: 'First' });
    const second = renderPdf({ html: '<p>Second story</p>', pageSize: 'A4', title: 'Second' });
    // Both windows are loading at once before either finishes.
    await releaseLoads(2);
    const [a, b] = await Promise.all([first, second]);
    expect(Buffer.from(a).toString()).toContain('<p>First story</p>');
    expect(Buffer.from(a).toString()).not.toContain('Second story');
    expect(Buffer.from(b).toString()).toContain('<p>Second story</p>');
    // The deny-all policy is put in the document too.
    expect(Buffer.from(a).toString()).toContain(PRINT_CSP);

    const third = renderPdf({ html: '<p>Third</p>', pageSize: 'Letter', title: 'Third' });
    await releaseLoads(1);
    expect(Buffer.from(await third).toString()).toContain('<p>Third</p>');

    // One session for every print window: the fixed partition, not persisted, and no HTTP cache.
    expect([...fake.partitions.keys()]).toEqual([PRINT_PARTITION]);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    expect(fake.fromPartitionCalls[0]).toEqual([PRINT_PARTITION, { cache: false }]);
    const windows = fake.FakeWindow.all;
    expect(windows).toHaveLength(3);
    for (const window of windows) {
      expect(window.options).toEqual(printWindowOptions());
      expect(window.webContents.session).toBe(fake.partitions.get(PRINT_PARTITION));
      expect(window.destroyed).toBe(true);
    }
    // Hardened once: one request filter and one protocol handler for all three prints.
    const ses = fake.partitions.get(PRINT_PARTITION)!;
    expect(ses.filters).toHaveLength(1);
    expect([...ses.handlers.keys()].sort()).toEqual(['file', 'rapport']);
  });

  it('installs the tested filter: the network, files and finished prints are cancelled', async () => {
    const ses = fake.partitions.get(PRINT_PARTITION)!;
    const [filter] = ses.filters;
    const decide = (url: string, resourceType = 'mainFrame', webContentsId = 1) =>
      new Promise<boolean>((resolve) => filter({ url, resourceType, webContentsId }, (r) => resolve(r.cancel)));
    for (const url of ['https://example.com/pixel.png', 'http://127.0.0.1:4455/health', 'file:///etc/passwd', 'rapport://app/index.html', 'ws://127.0.0.1:1/x']) {
      expect(await decide(url), url).toBe(true);
    }
    // A print that is over: its document is gone from the session's handler as well.
    const finished = fake.FakeWindow.all[0];
    expect(finished.loadedUrl).toMatch(/^rapport:\/\/print\/[0-9a-f-]{36}\/document\.html$/);
    expect(await decide(finished.loadedUrl!, 'mainFrame', finished.webContents.id)).toBe(true);
    const handler = ses.handlers.get('rapport')!;
    expect((await handler(new Request(finished.loadedUrl!))).status).toBe(404);
    expect((await handler(new Request('rapport://app/index.html'))).status).toBe(404);
    // file: fails in the session itself, whatever webRequest sees.
    expect((await ses.handlers.get('file')!(new Request('file:///etc/passwd'))).type).toBe('error');
    expect(await decide('data:image/png;base64,iVBORw0KGgo=', 'image')).toBe(false);
  });

  it('denies every permission on the print session', () => {
    const ses = fake.partitions.get(PRINT_PARTITION)!;
    const answers: boolean[] = [];
    ses.permissionRequest!({}, 'media', (ok: boolean) => answers.push(ok), {});
    expect(answers).toEqual([false]);
    expect(ses.permissionCheck!({}, 'clipboard-read', 'rapport://print', {})).toBe(false);
    expect(ses.devicePermission!()).toBe(false);
  });
});
