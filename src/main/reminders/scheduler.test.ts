import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderCommand } from '../../shared/reminders/commands';
import type { Reminder } from '../../shared/reminders/reminderList';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../shared/reminders/settings';
import type { NotificationContent, ReminderActivation } from './notificationContent';
import { createReminderService, type ReminderPlatform, type ReminderService } from './service';
import { REMINDER_STATE_FILE, reminderStateFile } from './stateFile';

/**
 * The reminder scheduler as main runs it: the service, the real state file in a
 * temporary folder, fake timers and a fake clock, and a platform that records
 * what would have been shown. Each test sets the host time zone (TZ), since
 * reminders are wall-clock times.
 */

interface Shown {
  content: NotificationContent;
  activate: (activation: ReminderActivation) => void;
}

function fakePlatform(actions = true) {
  const shown: Shown[] = [];
  const sent: ReminderCommand[] = [];
  const calls: string[] = [];
  const platform: ReminderPlatform = {
    notificationsSupported: true,
    actionsSupported: actions,
    show: (content, activate) => void shown.push({ content, activate }),
    send: (command) => (sent.push(command), true),
    focusApp: () => void calls.push('focus'),
    ensureWindow: () => void calls.push('ensure-window'),
    setTray: (on) => (on ? 'shown' : 'off'),
    setShortcut: (accelerator) => (accelerator ? { state: 'registered' } : { state: 'off' }),
  };
  return { platform, shown, sent, calls };
}

const reminder = (id: string, due: string, time = '09:00', name = `Customer ${id}`): Reminder => ({
  id: `c-${id}/f-${id}`,
  customerId: `c-${id}`,
  followUpId: `f-${id}`,
  customerName: name,
  text: `Call ${name} back`,
  due,
  remindAt: `${due}T${time}`,
});

const settings = (patch: Partial<ReminderSettings> = {}): ReminderSettings => ({
  ...DEFAULT_REMINDER_SETTINGS,
  enabled: true,
  quietHours: { enabled: false, start: '20:00', end: '08:00' },
  ...patch,
});

let dir: string;
let statePath: string;
let services: ReminderService[] = [];

async function start(list: Reminder[], options: { settings?: ReminderSettings; actions?: boolean } = {}) {
  const fake = fakePlatform(options.actions ?? true);
  const service = createReminderService({ store: reminderStateFile(statePath), platform: fake.platform });
  services.push(service);
  await service.configure(options.settings ?? settings());
  await service.setList({ workspaceId: 'ws-1', reminders: list });
  return { ...fake, service };
}

const idle = () => Promise.all(services.map((service) => service.scheduler.idle()));

/**
 * Moves the fake clock `ms` ahead, running timers as they fall due, a tick at a
 * time: a check writes the real file (real I/O, not a microtask), so each step
 * waits for the checks it started before the clock moves on.
 */
async function advance(ms: number): Promise<void> {
  let left = ms;
  do {
    const step = Math.min(left, 30_000);
    await vi.advanceTimersByTimeAsync(step);
    await idle();
    left -= step;
  } while (left > 0);
}
const titles = (shown: Shown[]) => shown.map((s) => s.content.title);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-reminders-'));
  statePath = join(dir, REMINDER_STATE_FILE);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});

afterEach(async () => {
  for (const service of services) service.stop();
  services = [];
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('reminders in Europe/Stockholm', () => {
  beforeEach(() => {
    process.env.TZ = 'Europe/Stockholm';
  });

  it('fires a reminder once at its local time, with the customer and the text', async () => {
    vi.setSystemTime(new Date('2026-05-12T06:59:00Z')); // 08:59 CEST
    const { shown } = await start([reminder('a', '2026-05-12')]);
    await advance(59_000);
    expect(shown).toHaveLength(0);
    await advance(1_000);
    expect(shown.map((s) => [s.content.title, s.content.body])).toEqual([['Customer a', 'Call Customer a back']]);
    expect(shown[0].content.actions.map((a) => a.text)).toEqual(['Snooze 1 hour', 'Tomorrow morning', 'Done']);
    await advance(6 * 3_600_000);
    expect(shown).toHaveLength(1);
  });

  it('is not shown again after a restart: what was notified is kept in the file', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const first = await start([reminder('a', '2026-05-12')]);
    await advance(0);
    expect(first.shown).toHaveLength(1);
    first.service.stop();
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toMatchObject({ notified: { 'c-a/f-a': '2026-05-12' } });

    vi.setSystemTime(new Date('2026-05-12T09:00:00Z'));
    const second = await start([reminder('a', '2026-05-12')]);
    await advance(3_600_000);
    expect(second.shown).toHaveLength(0);
  });

  it('a follow-up whose due date changes is due again, on its new date', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const { service, shown } = await start([reminder('a', '2026-05-12')]);
    await advance(0);
    expect(shown).toHaveLength(1);
    await service.setList({ workspaceId: 'ws-1', reminders: [reminder('a', '2026-05-14')] });
    await advance(24 * 3_600_000);
    expect(shown).toHaveLength(1);
    await advance(24 * 3_600_000);
    expect(shown).toHaveLength(2);
    // Edits that keep the due date (text, name) are the same reminder.
    await service.setList({ workspaceId: 'ws-1', reminders: [{ ...reminder('a', '2026-05-14'), text: 'Send the quote' }] });
    await advance(3_600_000);
    expect(shown).toHaveLength(2);
  });

  it('quiet hours hold a reminder until they end', async () => {
    vi.setSystemTime(new Date('2026-05-12T18:59:00Z')); // 20:59 CEST
    const quiet = settings({ defaultTime: '21:00', quietHours: { enabled: true, start: '20:00', end: '08:00' } });
    const { shown } = await start([reminder('a', '2026-05-12', '21:00')], { settings: quiet });
    await advance(60_000);
    expect(shown).toHaveLength(0);
    // 07:59 CEST the next morning: still quiet.
    await advance(new Date('2026-05-13T05:59:00Z').getTime() - Date.now());
    expect(shown).toHaveLength(0);
    await advance(60_000);
    expect(titles(shown)).toEqual(['Customer a']);
  });

  it('several held by quiet hours come as one summary when they end', async () => {
    vi.setSystemTime(new Date('2026-05-12T19:30:00Z')); // 21:30 CEST
    const quiet = settings({ quietHours: { enabled: true, start: '20:00', end: '08:00' } });
    const { shown, sent } = await start([reminder('a', '2026-05-12', '21:00'), reminder('b', '2026-05-12', '22:00'), reminder('c', '2026-05-13', '07:00')], { settings: quiet });
    await advance(new Date('2026-05-13T06:00:00Z').getTime() - Date.now());
    expect(titles(shown)).toEqual(['3 follow-ups due']);
    expect(shown[0].content.body).toBe('Customer a: Call Customer a back\nCustomer b: Call Customer b back\nCustomer c: Call Customer c back');
    shown[0].activate('open');
    expect(sent).toEqual([{ type: 'open-today' }]);
    await advance(12 * 3_600_000);
    expect(shown).toHaveLength(1);
  });

  it('09:00 on the day clocks go forward is 07:00 UTC, not an hour late', async () => {
    // 2026-03-29: 02:00 CET -> 03:00 CEST.
    vi.setSystemTime(new Date('2026-03-28T22:00:00Z'));
    const { shown } = await start([reminder('a', '2026-03-29')]);
    await advance(new Date('2026-03-29T06:59:30Z').getTime() - Date.now());
    expect(shown).toHaveLength(0);
    await advance(30_000);
    expect(shown).toHaveLength(1);
    expect(new Date().toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('quiet hours spanning the DST night end at 08:00 local time', async () => {
    vi.setSystemTime(new Date('2026-03-28T20:00:00Z')); // 21:00 CET
    const quiet = settings({ quietHours: { enabled: true, start: '20:00', end: '08:00' } });
    const { shown } = await start([reminder('a', '2026-03-28', '21:00')], { settings: quiet });
    // 08:00 CEST = 06:00 UTC (a night one hour short).
    await advance(new Date('2026-03-29T05:59:30Z').getTime() - Date.now());
    expect(shown).toHaveLength(0);
    await advance(30_000);
    expect(shown).toHaveLength(1);
    expect(new Date().toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('after a sleep, what fell due meanwhile comes as one summary on resume, and only once', async () => {
    vi.setSystemTime(new Date('2026-05-12T06:00:00Z')); // 08:00 CEST
    const { service, shown } = await start([reminder('a', '2026-05-12', '09:00'), reminder('b', '2026-05-12', '10:00'), reminder('c', '2026-05-12', '11:00'), reminder('d', '2026-05-12', '18:00')]);
    // Asleep from 08:00 to 12:00: the clock moves, no timer runs.
    vi.setSystemTime(new Date('2026-05-12T10:00:00Z'));
    expect(shown).toHaveLength(0);
    await service.wake();
    await idle();
    expect(titles(shown)).toEqual(['3 follow-ups due']);
    await advance(3 * 3_600_000);
    expect(shown).toHaveLength(1);
    await service.wake();
    expect(shown).toHaveLength(1);
    // The one still ahead comes on its own, at its time.
    await advance(new Date('2026-05-12T16:00:00Z').getTime() - Date.now());
    expect(titles(shown)).toEqual(['3 follow-ups due', 'Customer d']);
  });

  it('a clock jump is caught on the next short tick, without a resume event', async () => {
    vi.setSystemTime(new Date('2026-05-12T06:00:00Z'));
    const { shown } = await start([reminder('a', '2026-05-12', '15:00')]);
    vi.setSystemTime(new Date('2026-05-12T13:00:10Z')); // the clock is set 7 hours ahead
    await advance(30_000);
    expect(titles(shown)).toEqual(['Customer a']);
  });

  it('due at the same time on time: each its own notification (up to three)', async () => {
    vi.setSystemTime(new Date('2026-05-12T06:59:00Z'));
    const { shown } = await start([reminder('a', '2026-05-12'), reminder('b', '2026-05-12')]);
    await advance(60_000);
    expect(titles(shown).sort()).toEqual(['Customer a', 'Customer b']);
  });

  it('Snooze 1 hour shows it again an hour later, once; Tomorrow morning at the default time', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const { shown } = await start([reminder('a', '2026-05-12'), reminder('b', '2026-05-12')]);
    await advance(0);
    expect(shown).toHaveLength(2);
    shown.find((s) => s.content.title === 'Customer a')!.activate('snooze-hour');
    shown.find((s) => s.content.title === 'Customer b')!.activate('snooze-tomorrow');
    await advance(3_599_000);
    expect(shown).toHaveLength(2);
    await advance(1_000);
    expect(titles(shown)).toEqual(['Customer a', 'Customer b', 'Customer a']);
    await advance(new Date('2026-05-13T06:59:00Z').getTime() - Date.now());
    expect(shown).toHaveLength(3);
    await advance(60_000);
    expect(titles(shown)).toEqual(['Customer a', 'Customer b', 'Customer a', 'Customer b']);
    await advance(24 * 3_600_000);
    expect(shown).toHaveLength(4);
  });

  it('a snooze survives a restart', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const first = await start([reminder('a', '2026-05-12')]);
    await advance(0);
    first.shown[0].activate('snooze-hour');
    await advance(0);
    first.service.stop();
    const second = await start([reminder('a', '2026-05-12')]);
    await advance(3_600_000);
    expect(titles(second.shown)).toEqual(['Customer a']);
  });

  it('Open focuses the app and opens the customer; Done asks the renderer to mark it done', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const { shown, sent, calls } = await start([reminder('a', '2026-05-12')]);
    await advance(0);
    shown[0].activate('open');
    shown[0].activate('done');
    expect(calls).toEqual(['focus', 'ensure-window']);
    expect(sent).toEqual([
      { type: 'open-customer', workspaceId: 'ws-1', customerId: 'c-a' },
      { type: 'mark-done', workspaceId: 'ws-1', customerId: 'c-a', followUpId: 'f-a', due: '2026-05-12' },
    ]);
  });

  it('commands wait for the renderer while it reloads, then arrive once', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const { service, shown, sent } = await start([reminder('a', '2026-05-12')]);
    await advance(0);
    service.rendererGone();
    shown[0].activate('done');
    expect(sent).toEqual([]);
    await service.setList({ workspaceId: 'ws-1', reminders: [reminder('a', '2026-05-12')] });
    expect(sent.map((c) => c.type)).toEqual(['mark-done']);
  });

  it('where notifications have no actions (Linux), only a click: no buttons', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const { shown } = await start([reminder('a', '2026-05-12')], { actions: false });
    await advance(0);
    expect(shown[0].content.actions).toEqual([]);
  });

  it('turned off: nothing is shown; turned on later: what is due is shown', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const { service, shown } = await start([reminder('a', '2026-05-12')], { settings: settings({ enabled: false }) });
    await advance(3_600_000);
    expect(shown).toHaveLength(0);
    await service.configure(settings());
    expect(titles(shown)).toEqual(['Customer a']);
  });

  it('where the system cannot show notifications, reminders are kept for later, not used up unseen', async () => {
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const fake = fakePlatform();
    const service = createReminderService({ store: reminderStateFile(statePath), platform: { ...fake.platform, notificationsSupported: false } });
    services.push(service);
    expect((await service.configure(settings())).notifications).toBe(false);
    await service.setList({ workspaceId: 'ws-1', reminders: [reminder('a', '2026-05-12')] });
    await advance(60_000);
    expect(fake.shown).toEqual([]);
    expect(service.scheduler.snapshot().notified).toEqual({});
  });

  it('a corrupt state file reads as none, and is replaced by a valid one', async () => {
    await writeFile(statePath, '{"version":1,"notified":{"c-a/f-a":42}}');
    vi.setSystemTime(new Date('2026-05-12T07:00:00Z'));
    const { shown } = await start([reminder('a', '2026-05-12')]);
    await advance(0);
    expect(shown).toHaveLength(1);
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toEqual({ version: 1, notified: { 'c-a/f-a': '2026-05-12' }, snoozed: {} });
  });
});

describe('reminders in America/New_York', () => {
  beforeEach(() => {
    process.env.TZ = 'America/New_York';
  });

  it('09:00 on the day clocks go back is 14:00 UTC (EST), the day before 13:00 UTC (EDT)', async () => {
    // 2026-11-01: 02:00 EDT -> 01:00 EST.
    vi.setSystemTime(new Date('2026-10-31T12:00:00Z'));
    const { shown } = await start([reminder('a', '2026-10-31'), reminder('b', '2026-11-01')]);
    await advance(new Date('2026-10-31T13:00:00Z').getTime() - Date.now());
    expect(titles(shown)).toEqual(['Customer a']);
    await advance(new Date('2026-11-01T13:59:30Z').getTime() - Date.now());
    expect(shown).toHaveLength(1);
    await advance(30_000);
    expect(titles(shown)).toEqual(['Customer a', 'Customer b']);
    expect(new Date().toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('"Tomorrow morning" across the fall-back night is 09:00 EST, 25 hours later', async () => {
    vi.setSystemTime(new Date('2026-10-31T13:00:00Z')); // 09:00 EDT
    const { shown } = await start([reminder('a', '2026-10-31')]);
    await advance(0);
    shown[0].activate('snooze-tomorrow');
    await advance(24 * 3_600_000 + 59 * 60_000);
    expect(shown).toHaveLength(1);
    await advance(60_000);
    expect(shown).toHaveLength(2);
    expect(new Date().toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });
});
