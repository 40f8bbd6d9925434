import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../src/main/config/appProtocol';

/**
 * hardenWebContents (src/main/electron/hardening.ts) on a stand-in
 * webContents, events shaped as in Electron 45's electron.d.ts: will-navigate,
 * will-frame-navigate and will-redirect carry { url, isMainFrame, frame, ... }
 * and preventDefault; 'input-event' carries an InputEvent with its type.
 */
vi.mock('electron', () => ({ shell: { openExternal: vi.fn(async () => undefined) } }));

const electron = await import('electron');
const { hardenWebContents } = await import('../../src/main/electron/hardening');

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string; disposition: string }) => unknown) | undefined;
  setWindowOpenHandler(handler: (details: { url: string; disposition: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
}

function harden() {
  const contents = new FakeContents();
  const clock = { now: 1_000_000 };
  const warnings: Array<[string, Record<string, unknown>]> = [];
  hardenWebContents(contents as never, APP_ORIGIN, { now: () => clock.now, warn: (message, details) => warnings.push([message, details]) });
  const step = (name: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true) => {
    const event = { url, isMainFrame, isSameDocument: false, frame: null, preventDefault: vi.fn() };
    contents.emit(name, event);
    return event.preventDefault.mock.calls.length > 0 ? 'denied' : 'allowed';
  };
  const input = (type: string) => contents.emit('input-event', {}, { type });
  return { contents, clock, warnings, step, input };
}

const opened = () => vi.mocked(electron.shell.openExternal).mock.calls.map(([url]) => url);

describe('navigation steps, for every webContents', () => {
  beforeEach(() => vi.mocked(electron.shell.openExternal).mockClear());

  it('will-frame-navigate: the main frame stays in the app origin, subframes go nowhere', () => {
    const { step } = harden();
    expect(step('will-frame-navigate', `${APP_ORIGIN}/other.html`)).toBe('allowed');
    expect(step('will-frame-navigate', 'https://example.com/')).toBe('denied');
    expect(step('will-frame-navigate', 'rapport://elsewhere/index.html')).toBe('denied');
    for (const url of [APP_ENTRY_URL, 'https://example.com/', 'file:///etc/passwd', 'about:blank']) {
      expect(step('will-frame-navigate', url, false), url).toBe('denied');
    }
    expect(opened()).toEqual([]);
  });

  it('will-redirect: only a main-frame redirect inside the app origin goes through, and nothing opens outside', () => {
    const { step, input } = harden();
    input('mouseUp');
    expect(step('will-redirect', `${APP_ORIGIN}/index.html`)).toBe('allowed');
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'rapport://print/x/document.html']) {
      expect(step('will-redirect', url), url).toBe('denied');
    }
    expect(step('will-redirect', `${APP_ORIGIN}/index.html`, false)).toBe('denied');
    // Even right after a click, a redirect is the server's choice: never handed to the OS.
    expect(opened()).toEqual([]);
  });
});

describe('external links only after a user gesture', () => {
  beforeEach(() => vi.mocked(electron.shell.openExternal).mockClear());

  it('a navigation to a web link without a gesture is denied and not opened, and the refusal is logged', () => {
    const { step, warnings } = harden();
    expect(step('will-navigate', 'https://example.com/')).toBe('denied');
    expect(opened()).toEqual([]);
    expect(warnings).toEqual([['external_open_refused', { reason: 'no-user-gesture', via: 'navigation' }]]);
    // The log never carries the link itself.
    expect(JSON.stringify(warnings)).not.toContain('example.com');
  });

  it('a click then a link opens it once; the same click cannot open a second one', () => {
    const { step, input, clock } = harden();
    input('mouseDown');
    input('mouseUp');
    expect(step('will-navigate', 'https://example.com/a')).toBe('denied');
    clock.now += 2_000;
    expect(step('will-navigate', 'https://example.com/b')).toBe('denied');
    expect(opened()).toEqual(['https://example.com/a']);
  });

  it('mouse moves and scrolling are no gesture', () => {
    const { contents, input } = harden();
    input('mouseMove');
    input('mouseWheel');
    expect(contents.windowOpenHandler!({ url: 'https://example.com/', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(opened()).toEqual([]);
  });

  it('window.open after a key press opens once; a burst is held to one a second', () => {
    const { contents, input, clock, warnings } = harden();
    input('rawKeyDown');
    expect(contents.windowOpenHandler!({ url: 'mailto:ann@example.com', disposition: 'new-window' })).toEqual({ action: 'deny' });
    clock.now += 300;
    input('rawKeyDown');
    expect(contents.windowOpenHandler!({ url: 'https://example.com/spam', disposition: 'new-window' })).toEqual({ action: 'deny' });
    clock.now += 1_000;
    input('mouseUp');
    expect(contents.windowOpenHandler!({ url: 'https://example.com/next', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(opened()).toEqual(['mailto:ann@example.com', 'https://example.com/next']);
    expect(warnings).toEqual([['external_open_refused', { reason: 'rate-limited', via: 'window-open' }]]);
  });

  it('gestures count per webContents: a click in one window opens nothing from another', () => {
    const first = harden();
    const second = harden();
    first.input('mouseUp');
    expect(second.step('will-navigate', 'https://example.com/')).toBe('denied');
    expect(opened()).toEqual([]);
    expect(first.step('will-navigate', 'https://example.com/')).toBe('denied');
    expect(opened()).toEqual(['https://example.com/']);
  });

  it('unsafe links never open, gesture or not', () => {
    const { step, input, contents } = harden();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://bank.example@evil.example/']) {
      input('mouseUp');
      expect(step('will-navigate', url)).toBe('denied');
      input('mouseUp');
      contents.windowOpenHandler!({ url, disposition: 'foreground-tab' });
    }
    expect(opened()).toEqual([]);
  });
});
