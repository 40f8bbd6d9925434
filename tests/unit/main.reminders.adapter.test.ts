import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REMINDER_COMMAND_CHANNEL } from '../../src/shared/ipc/channels';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/shared/reminders/settings';

/**
 * The Electron reminder adapter against a stand-in for `electron`: it builds
 * notifications from the content main computed, maps click and buttons back,
 * wakes the scheduler on resume and unlock, and reports a refused shortcut or a
 * failed tray instead of throwing.
 */
const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeNotification extends EventEmitter {
    static created: FakeNotification[] = [];
    shown = 0;
    constructor(readonly options: { title: string; body: string; actions: Array<{ type: string; text: string }>; id?: string }) {
      super();
      FakeNotification.created.push(this);
    }
    show() {
      this.shown++;
    }
    static isSupported = () => true;
  }
  class FakeTray {
    static created: FakeTray[] = [];
    menu: unknown;
    destroyed = false;
    constructor() {
      FakeTray.created.push(this);
    }
    setToolTip() {}
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const power = new EventEmitter();
  const shortcuts = { taken: new Set<string>(['CommandOrControl+Alt+T']), registered: new Map<string, () => void>() };
  return { FakeNotification, FakeTray, power, shortcuts, appEvents: new EventEmitter() };
});

vi.mock('electron', () => ({
  Notification: fake.FakeNotification,
  Tray: fake.FakeTray,
  Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
  nativeImage: { createEmpty: () => ({ empty: true }), createFromPath: () => ({ resize: () => ({ icon: true }) }) },
  powerMonitor: { on: (event: string, listener: () => void) => fake.power.on(event, listener) },
  app: { isReady: () => true, name: 'Rapport', on: (event: string, listener: () => void) => fake.appEvents.on(event, listener) },
  globalShortcut: {
    register: (accelerator: string, callback: () => void) => {
      if (accelerator === 'CommandOrControl+Alt+X') throw new Error('conversion failure');
      if (fake.shortcuts.taken.has(accelerator)) return false;
      fake.shortcuts.registered.set(accelerator, callback);
      return true;
    },
    unregister: (accelerator: string) => fake.shortcuts.registered.delete(accelerator),
    unregisterAll: () => fake.shortcuts.registered.clear(),
  },
}));

const { createElectronReminders } = await import('../../src/main/electron/reminders');

describe('the Electron reminder adapter', () => {
  let dir: string;
  const sent: unknown[][] = [];
  const window = {
    isDestroyed: () => false,
    isMinimized: () => false,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { send: (...args: unknown[]) => sent.push(args), on: vi.fn() },
    on: vi.fn(),
  };
  let reminders: ReturnType<typeof createElectronReminders>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rapport-reminder-adapter-'));
    reminders = createElectronReminders({ statePath: join(dir, 'state.json'), iconPath: undefined, getWindow: () => window as never, openWindow: vi.fn(), log: vi.fn(), platform: 'darwin' });
    reminders.attach();
  });
  afterAll(async () => {
    reminders.service.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows a due follow-up as a notification; a click opens the customer, a button marks it done', async () => {
    await reminders.service.configure({ ...DEFAULT_REMINDER_SETTINGS, enabled: true, quietHours: { enabled: false, start: '20:00', end: '08:00' } });
    await reminders.service.setList({
      workspaceId: 'ws-1',
      reminders: [{ id: 'c1/f1', customerId: 'c1', followUpId: 'f1', customerName: 'Acme', text: 'Send the quote', due: '2000-01-01', remindAt: '2000-01-01T09:00' }],
    });
    await reminders.service.scheduler.idle();
    const [notification] = fake.FakeNotification.created;
    expect(notification.options).toMatchObject({ title: 'Acme', body: 'Send the quote', id: 'rapport-reminder-c1/f1' });
    expect(notification.shown).toBe(1);
    // macOS here (Windows alike); on Linux there are no buttons (notificationContent's test).
    expect(notification.options.actions).toEqual(['Snooze 1 hour', 'Tomorrow morning', 'Done'].map((text) => ({ type: 'button', text })));
    notification.emit('click', {});
    expect(window.focus).toHaveBeenCalled();
    expect(sent).toEqual([[REMINDER_COMMAND_CHANNEL, { type: 'open-customer', workspaceId: 'ws-1', customerId: 'c1' }]]);
    notification.emit('action', { actionIndex: 2 }, 2, -1);
    expect(sent[1]).toEqual([REMINDER_COMMAND_CHANNEL, { type: 'mark-done', workspaceId: 'ws-1', customerId: 'c1', followUpId: 'f1', due: '2000-01-01' }]);
  });

  it('wakes the scheduler on resume and on unlock', () => {
    const wake = vi.spyOn(reminders.service, 'wake');
    fake.power.emit('resume');
    fake.power.emit('unlock-screen');
    expect(wake).toHaveBeenCalledTimes(2);
  });

  it('a shortcut the system refuses, or cannot parse, is reported, never thrown; a registered one opens quick note', async () => {
    const configure = (accelerator: string, tray = false) => reminders.service.configure({ ...DEFAULT_REMINDER_SETTINGS, tray, shortcut: { enabled: true, accelerator } });
    expect((await configure('CommandOrControl+Alt+T')).shortcut).toEqual({ state: 'refused', message: 'The system or another app already uses this shortcut.', accelerator: 'CommandOrControl+Alt+T' });
    expect((await configure('CommandOrControl+Alt+X')).shortcut).toEqual({ state: 'refused', message: 'conversion failure', accelerator: 'CommandOrControl+Alt+X' });
    expect((await configure('CommandOrControl+Alt+R')).shortcut.state).toBe('registered');
    sent.length = 0;
    fake.shortcuts.registered.get('CommandOrControl+Alt+R')!();
    expect(sent).toEqual([[REMINDER_COMMAND_CHANNEL, { type: 'quick-note' }]]);
    // Turning it off releases it.
    await reminders.service.configure(DEFAULT_REMINDER_SETTINGS);
    expect([...fake.shortcuts.registered.keys()]).toEqual([]);
  });

  it('the tray offers "Quick note…" and "Today", and goes away when turned off', async () => {
    expect((await reminders.service.configure({ ...DEFAULT_REMINDER_SETTINGS, tray: true })).tray).toBe('shown');
    const [tray] = fake.FakeTray.created;
    const items = (tray.menu as { template: Array<{ label?: string; click?: () => void }> }).template;
    expect(items.map((item) => item.label)).toEqual(['Quick note…', 'Today', undefined, 'Quit Rapport']);
    sent.length = 0;
    items[1].click!();
    expect(sent).toEqual([[REMINDER_COMMAND_CHANNEL, { type: 'open-today' }]]);
    expect((await reminders.service.configure(DEFAULT_REMINDER_SETTINGS)).tray).toBe('off');
    expect(tray.destroyed).toBe(true);
  });
});
