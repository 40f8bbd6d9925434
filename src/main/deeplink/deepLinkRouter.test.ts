import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeInvite } from '../../shared/sync/invite';
import { deepLinksInArgv } from './argv';
import { DEDUPE_WINDOW_MS, MAX_QUEUED_LINKS, createDeepLinkRouter } from './deepLinkRouter';
import { protocolClientRegistration } from './protocolClient';

const customer = 'rapport://customer/ws-1/c-1';
const other = 'rapport://customer/ws-1/c-2';
const join = `rapport://join#${encodeInvite({ relay: 'ws://127.0.0.1:4455', workspaceId: 'ws-1', token: 'team-secret', name: 'Team' })}`;

/** A router with a renderer stand-in, a clock the test moves, and a window that may be missing. */
function setup() {
  const sent: string[] = [];
  const warnings: Array<Record<string, unknown>> = [];
  const state = { time: 1_000_000, window: true, focused: 0 };
  const router = createDeepLinkRouter({
    deliver: (link) => (state.window ? (sent.push(link), true) : false),
    focus: () => void state.focused++,
    now: () => state.time,
    log: { warn: (_message, details) => void warnings.push(details) },
  });
  return { router, sent, warnings, state };
}

describe('deepLinksInArgv', () => {
  it('finds the link wherever Chromium put it, and nothing else', () => {
    // Windows, packaged: switches Chromium adds, then the link.
    expect(deepLinksInArgv(['C:\\Program Files\\Rapport\\Rapport.exe', '--allow-file-access-from-files', '--original-process-start-time=13380000000', customer])).toEqual([customer]);
    // Development: electron, the app path, the link.
    expect(deepLinksInArgv(['/usr/bin/electron', '/work/app/out/main/index.js', customer])).toEqual([customer]);
    // Reordered: the link before the switches.
    expect(deepLinksInArgv(['Rapport', customer, '--no-sandbox'])).toEqual([customer]);
    expect(deepLinksInArgv(['Rapport', '--user-data-dir=/tmp/x', '.', '--rapport-app-version=1.0.0', 'https://example.com/', 'rapportx://customer/a/b'])).toEqual([]);
    expect(deepLinksInArgv([])).toEqual([]);
    expect(deepLinksInArgv([42, null, { toString: () => customer }])).toEqual([]);
  });

  it('keeps wrong-case and malformed rapport: arguments, for the router to refuse with a reason', () => {
    expect(deepLinksInArgv(['x', 'RAPPORT://customer/a/b', 'rapport:oops'])).toEqual(['RAPPORT://customer/a/b', 'rapport:oops']);
  });
});

describe('createDeepLinkRouter', () => {
  it('queues links until the renderer is ready, then delivers them in order', () => {
    const { router, sent } = setup();
    expect(router.receive(customer, 'open-url')).toBe(true);
    expect(router.receive(join, 'open-url')).toBe(true);
    expect(sent).toEqual([]);
    expect(router.pending()).toEqual([customer, join]);
    router.rendererReady();
    expect(sent).toEqual([customer, join]);
    expect(router.pending()).toEqual([]);
    // Once ready, a link goes straight through.
    router.receive(other, 'second-instance');
    expect(sent).toEqual([customer, join, other]);
  });

  it('takes the cold start link from argv', () => {
    const { router, sent } = setup();
    expect(router.receiveArgv(['/opt/Rapport/rapport', '--no-sandbox', customer], 'cold-start')).toBe(1);
    router.rendererReady();
    expect(sent).toEqual([customer]);
  });

  it('delivers a link once when it arrives twice (open-url and argv, or a double launch)', () => {
    const { router, sent, state } = setup();
    expect(router.receive(customer, 'open-url')).toBe(true);
    expect(router.receiveArgv(['Rapport', customer], 'cold-start')).toBe(0);
    router.rendererReady();
    expect(router.receive(customer, 'second-instance')).toBe(false);
    // A trailing slash (Windows) is the same link.
    expect(router.receive(`${customer}/`, 'second-instance')).toBe(false);
    state.time += DEDUPE_WINDOW_MS - 1;
    expect(router.receive(customer, 'second-instance')).toBe(false);
    expect(sent).toEqual([customer]);
    // Clicked again later: delivered again (a join cancelled and wanted after all).
    state.time += 1;
    expect(router.receive(customer, 'second-instance')).toBe(true);
    expect(sent).toEqual([customer, customer]);
  });

  it('delivers the canonical link, never the text as given', () => {
    const { router, sent } = setup();
    router.rendererReady();
    router.receive(`${customer}/`, 'second-instance');
    router.receive(join.replace('join#', 'join/#'), 'second-instance');
    expect(sent).toEqual([customer, join]);
  });

  it('refuses invalid links, logging why but never the link', () => {
    const { router, sent, warnings, state } = setup();
    router.rendererReady();
    for (const bad of ['rapport://customer/a/b?token=team-secret', `rapport://join#x${join.slice('rapport://join#'.length)}`, 'javascript:alert(1)', 'rapport://app/index.html']) {
      expect(router.receive(bad, 'second-instance')).toBe(false);
    }
    expect(sent).toEqual([]);
    expect(state.focused).toBe(0);
    expect(warnings).toHaveLength(4);
    expect(JSON.stringify(warnings)).not.toContain('team-secret');
    expect(warnings[0]).toMatchObject({ source: 'second-instance', reason: expect.stringMatching(/query string/) });
  });

  it('focuses the window for every valid link, a repeated one too', () => {
    const { router, state } = setup();
    router.receive(customer, 'second-instance');
    router.receive(customer, 'second-instance');
    expect(state.focused).toBe(2);
  });

  it('queues again while the page reloads, and until a window exists', () => {
    const { router, sent, state } = setup();
    router.rendererReady();
    router.rendererGone();
    router.receive(customer, 'second-instance');
    expect(sent).toEqual([]);
    // Ready before main holds the window (the page loaded fast): kept until the window is attached.
    state.window = false;
    router.rendererReady();
    expect(router.pending()).toEqual([customer]);
    state.window = true;
    router.flush();
    expect(sent).toEqual([customer]);
    expect(router.pending()).toEqual([]);
  });

  it('flush before the renderer is ready delivers nothing', () => {
    const { router, sent } = setup();
    router.receive(customer, 'open-url');
    router.flush();
    expect(sent).toEqual([]);
  });

  it('keeps only the latest links when launches pile up', () => {
    const { router, sent } = setup();
    const links = Array.from({ length: MAX_QUEUED_LINKS + 3 }, (_, i) => `rapport://customer/ws/c${i}`);
    for (const link of links) router.receive(link, 'second-instance');
    router.rendererReady();
    expect(sent).toEqual(links.slice(3));
  });
});

describe('protocolClientRegistration', () => {
  const base = { argv: ['C:\\electron\\electron.exe', 'C:\\work\\app'], execPath: 'C:\\electron\\electron.exe' };
  it('registers the installed app plainly on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux']) expect(protocolClientRegistration({ ...base, platform, defaultApp: false })).toEqual({});
  });
  it('from source on Windows, registers Electron with the app path', () => {
    expect(protocolClientRegistration({ ...base, platform: 'win32', defaultApp: true })).toEqual({ path: base.execPath, args: [resolve('C:\\work\\app')] });
    expect(protocolClientRegistration({ ...base, argv: ['electron.exe'], platform: 'win32', defaultApp: true })).toBeNull();
  });
  it('from source on Linux, leaves the desktop settings alone', () => {
    expect(protocolClientRegistration({ ...base, platform: 'linux', defaultApp: true })).toBeNull();
    expect(protocolClientRegistration({ ...base, platform: 'darwin', defaultApp: true })).toEqual({});
  });
});
