import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../model/schemas';
import { remindersSetListRequestSchema } from '../ipc/schemas';
import { reminderCommandSchema } from './commands';
import { buildReminderList, MAX_REMINDERS } from './reminderList';
import { noticeText } from './notice';
import { DEFAULT_REMINDER_SETTINGS, readReminderSettings, reminderSettingsSchema } from './settings';

const card = (id: string, name: string, archived = false) => ({ id, name, archived });
const followUp = (id: string, due: string, patch: Partial<FollowUp> = {}): FollowUp => ({ id, due, text: `text ${id}`, assignee: 'Dana', done: false, ...patch });

describe('the reminder list', () => {
  const cards = [card('c1', 'Acme'), card('c2', 'Beta'), card('c3', 'Gone', true)];
  const followUps = new Map<string, FollowUp[]>([
    ['c1', [followUp('f1', '2026-05-14'), followUp('f2', '2026-05-12', { done: true }), followUp('f3', '2026-05-10', { assignee: 'Sam' })]],
    ['c2', [followUp('f4', '2026-05-12', { assignee: '' })]],
    ['c3', [followUp('f5', '2026-05-11')]],
  ]);

  it('holds each open follow-up of customers not archived, at the default time on its due date, earliest first', () => {
    const list = buildReminderList(cards, (id) => followUps.get(id), { defaultTime: '08:30' });
    expect(list).toEqual([
      { id: 'c1/f3', customerId: 'c1', followUpId: 'f3', customerName: 'Acme', text: 'text f3', due: '2026-05-10', remindAt: '2026-05-10T08:30' },
      { id: 'c2/f4', customerId: 'c2', followUpId: 'f4', customerName: 'Beta', text: 'text f4', due: '2026-05-12', remindAt: '2026-05-12T08:30' },
      { id: 'c1/f1', customerId: 'c1', followUpId: 'f1', customerName: 'Acme', text: 'text f1', due: '2026-05-14', remindAt: '2026-05-14T08:30' },
    ]);
  });

  it('only mine: assigned to one of my names, or to nobody', () => {
    const list = buildReminderList(cards, (id) => followUps.get(id), { defaultTime: '09:00', assignees: ['me-id', 'Dana'] });
    expect(list.map((r) => r.id)).toEqual(['c2/f4', 'c1/f1']);
  });

  it('leaves out what main would refuse, and stops at the limit', () => {
    const odd = [followUp('', '2026-05-12'), followUp('x'.repeat(129), '2026-05-12'), followUp('ok', '2026-05-12')];
    expect(buildReminderList([card('c1', 'Acme')], () => odd, { defaultTime: '09:00' }).map((r) => r.followUpId)).toEqual(['ok']);
    const many = Array.from({ length: MAX_REMINDERS + 5 }, (_, i) => followUp(`f${i}`, '2026-05-12'));
    const list = buildReminderList([card('c1', 'Acme')], () => many, { defaultTime: '09:00' });
    expect(list).toHaveLength(MAX_REMINDERS);
    expect(remindersSetListRequestSchema.safeParse({ workspaceId: 'ws-1', reminders: list }).success).toBe(true);
  });
});

describe('reminder payloads across IPC', () => {
  const good = { id: 'c1/f1', customerId: 'c1', followUpId: 'f1', customerName: 'Acme', text: 'Call', due: '2026-05-12', remindAt: '2026-05-12T09:00' };

  it('the list request accepts a valid list and refuses anything else', () => {
    expect(remindersSetListRequestSchema.safeParse({ workspaceId: 'ws-1', reminders: [good] }).success).toBe(true);
    const bad: unknown[] = [
      undefined,
      { reminders: [good] },
      { workspaceId: '../x', reminders: [good] },
      { workspaceId: 'ws-1', reminders: [{ ...good, remindAt: '2026-05-12T25:00' }] },
      { workspaceId: 'ws-1', reminders: [{ ...good, due: '12/05/2026' }] },
      { workspaceId: 'ws-1', reminders: [{ ...good, text: 'x'.repeat(5001) }] },
      { workspaceId: 'ws-1', reminders: [{ ...good, html: '<b>' }] },
      { workspaceId: 'ws-1', reminders: [good], extra: 1 },
      { workspaceId: 'ws-1', reminders: Array.from({ length: MAX_REMINDERS + 1 }, () => good) },
    ];
    for (const payload of bad) expect(remindersSetListRequestSchema.safeParse(payload).success, JSON.stringify(payload)?.slice(0, 120)).toBe(false);
  });

  it('settings: strict on the wire, forgiving field by field when read from storage', () => {
    expect(reminderSettingsSchema.safeParse(DEFAULT_REMINDER_SETTINGS).success).toBe(true);
    for (const patch of [{ defaultTime: '9:00' }, { quietHours: { enabled: true, start: '20:00' } }, { shortcut: { enabled: true, accelerator: 'A' } }, { shortcut: { enabled: true, accelerator: 'Ctrl+Alt+R; rm -rf' } }, { sound: true }]) {
      expect(reminderSettingsSchema.safeParse({ ...DEFAULT_REMINDER_SETTINGS, ...patch }).success, JSON.stringify(patch)).toBe(false);
    }
    expect(reminderSettingsSchema.safeParse({ ...DEFAULT_REMINDER_SETTINGS, shortcut: { enabled: true, accelerator: 'CommandOrControl+Shift+F12' } }).success).toBe(true);
    expect(readReminderSettings(undefined)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(readReminderSettings({ enabled: true, defaultTime: 'noon', quietHours: { enabled: false, start: '22:00', end: 7 } })).toEqual({
      ...DEFAULT_REMINDER_SETTINGS,
      enabled: true,
      quietHours: { enabled: false, start: '22:00', end: '08:00' },
    });
  });

  it('commands from main are parsed: known shapes only', () => {
    expect(reminderCommandSchema.safeParse({ type: 'open-customer', workspaceId: 'ws-1', customerId: 'c1' }).success).toBe(true);
    expect(reminderCommandSchema.safeParse({ type: 'mark-done', workspaceId: 'ws-1', customerId: 'c1', followUpId: 'f1', due: '2026-05-12' }).success).toBe(true);
    for (const bad of [{ type: 'open-customer', customerId: 'c1' }, { type: 'run', code: 'x' }, { type: 'open-today', extra: 1 }, { type: 'mark-done', workspaceId: 'ws-1', customerId: 'c1', followUpId: 'f1' }]) {
      expect(reminderCommandSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('notice text: the customer and the promise; a summary names the first three', () => {
    expect(noticeText({ kind: 'single', reminder: good })).toEqual({ title: 'Acme', body: 'Call' });
    const many = ['A', 'B', 'C', 'D', 'E'].map((name, i) => ({ ...good, id: `c${i}/f`, customerName: name }));
    expect(noticeText({ kind: 'summary', reminders: many })).toEqual({ title: '5 follow-ups due', body: 'A: Call\nB: Call\nC: Call\nand 2 more' });
  });
});
