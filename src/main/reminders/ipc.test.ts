import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type IpcChannel } from '../../shared/ipc/channels';
import { APP_ENTRY_URL, APP_ORIGIN } from '../config/appProtocol';
import { createIpcRouter } from '../ipc/router';
import { reminderServices } from '../ipc/reminderServices';
import type { DesktopServices } from '../ipc/services';
import { DEFAULT_REMINDER_SETTINGS } from '../../shared/reminders/settings';
import { createReminderService, type ReminderPlatform } from './service';

/** The reminder channels through the real router and the real service: parsed first, or refused. */
describe('reminder IPC', () => {
  const appFrame = { senderFrame: { url: APP_ENTRY_URL, parent: null } };
  const platform: ReminderPlatform = {
    notificationsSupported: true,
    actionsSupported: false,
    show: () => undefined,
    send: () => true,
    focusApp: () => undefined,
    ensureWindow: () => undefined,
    setTray: (on) => (on ? 'failed' : 'off'),
    setShortcut: (accelerator) => (accelerator ? { state: 'refused', message: 'taken' } : { state: 'off' }),
  };
  const setup = () => {
    const saved: unknown[] = [];
    const service = createReminderService({ store: { load: async () => undefined, save: async (state) => void saved.push(state) }, platform });
    const router = createIpcRouter({ services: reminderServices(service) as DesktopServices, trustedOrigin: APP_ORIGIN });
    const call = (channel: IpcChannel, payload: unknown) => router.get(channel)!(appFrame, payload);
    return { service, call, saved };
  };
  const reminder = { id: 'c1/f1', customerId: 'c1', followUpId: 'f1', customerName: 'Acme', text: 'Call', due: '2000-01-01', remindAt: '2000-01-01T09:00' };

  it('configure answers what is true on this machine: a refused shortcut and a failed tray, in words', async () => {
    const { call } = setup();
    const result = await call(IPC_CHANNELS.remindersConfigure, { ...DEFAULT_REMINDER_SETTINGS, tray: true, shortcut: { enabled: true, accelerator: 'CommandOrControl+Alt+R' } });
    expect(result).toEqual({ ok: true, value: { notifications: true, actions: false, tray: 'failed', shortcut: { state: 'refused', message: 'taken', accelerator: 'CommandOrControl+Alt+R' } } });
  });

  it('a valid list reaches the scheduler (an overdue reminder is marked notified); an invalid one never does', async () => {
    const { call, saved } = setup();
    await call(IPC_CHANNELS.remindersConfigure, { ...DEFAULT_REMINDER_SETTINGS, enabled: true, quietHours: { enabled: false, start: '20:00', end: '08:00' } });
    const bad = await call(IPC_CHANNELS.remindersSetList, { workspaceId: 'ws-1', reminders: [{ ...reminder, remindAt: 'tomorrow' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(saved).toEqual([]);
    expect(await call(IPC_CHANNELS.remindersSetList, { workspaceId: 'ws-1', reminders: [reminder] })).toEqual({ ok: true, value: null });
    expect(saved).toEqual([{ version: 1, notified: { 'c1/f1': '2000-01-01' }, snoozed: {} }]);
    expect(await call(IPC_CHANNELS.remindersConfigure, { ...DEFAULT_REMINDER_SETTINGS, enabled: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
