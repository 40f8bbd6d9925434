import { useEffect, useRef } from 'react';
import { desktopBridge } from '../../shared/ipc/bridge';
import { putFollowUp, readFollowUps } from '../../shared/model/customerDoc';
import { reminderCommandSchema, type ReminderCommand } from '../../shared/reminders/commands';
import type { ReminderNotice } from '../../shared/reminders/notice';
import { buildReminderList, type Reminder } from '../../shared/reminders/reminderList';
import type { ReminderSettings } from '../../shared/reminders/settings';
import { useApp } from '../app/AppContext';
import { navigate } from '../app/router';
import { useToast } from '../ui/Toast';
import { useSession } from '../workspace/SessionContext';
import { LOCAL_ORIGIN, type WorkspaceSession } from '../workspace/session';
import { setRemindersStatus, useReminderSettings } from './reminderSettingsStore';
import { WebReminders } from './webReminders';

/** Digests change in bursts (typing, imports, sync): the list is sent once things settle. */
const DEBOUNCE_MS = 1000;

interface Engine {
  setList(workspaceId: string, reminders: Reminder[]): void;
  configure(settings: ReminderSettings): void;
  stop(): void;
}

/**
 * Keeps reminders in step with the open workspace: computes the reminder list
 * from the digests, sends it to main (desktop) or the page's scheduler (web)
 * when it changes, applies the device settings, and carries out what a
 * notification asks (open the customer or Today, mark a follow-up done,
 * quick note). Renders nothing.
 */
export function ReminderBridge() {
  const app = useApp();
  const session = useSession();
  const toast = useToast();
  const settings = useReminderSettings(app.meta);
  const engine = useRef<Engine | null>(null);
  const run = useRef<(command: ReminderCommand) => void>(() => undefined);

  run.current = (command) => {
    switch (command.type) {
      case 'open-today':
        navigate({ view: 'today' });
        return;
      case 'quick-note':
        // "Quick note…": the palette, to pick the customer and jump to their notebook.
        window.dispatchEvent(new Event('rapport:palette'));
        return;
      case 'open-customer':
        if (command.workspaceId === session.meta.id) navigate({ view: 'customer', id: command.customerId });
        return;
      case 'mark-done':
        if (command.workspaceId === session.meta.id) void markDone(session, command, toast);
        return;
    }
  };

  // One engine per open workspace: main over the bridge, or the Notification API in the web build.
  useEffect(() => {
    const bridge = desktopBridge();
    if (bridge) {
      const off = bridge.reminders.onCommand((raw) => {
        const parsed = reminderCommandSchema.safeParse(raw);
        if (parsed.success) run.current(parsed.data);
      });
      engine.current = {
        setList: (workspaceId, reminders) => void bridge.reminders.setList({ workspaceId, reminders }).catch((error: unknown) => console.warn('reminders', error)),
        configure: (next) =>
          void bridge.reminders.configure(next).then(setRemindersStatus, (error: unknown) => console.warn('reminders', error)),
        stop: off,
      };
    } else {
      const web = new WebReminders(
        (notice: ReminderNotice) =>
          run.current(notice.kind === 'single' ? { type: 'open-customer', workspaceId: session.meta.id, customerId: notice.reminder.customerId } : { type: 'open-today' }),
        setRemindersStatus,
      );
      engine.current = {
        setList: (_workspaceId, reminders) => web.setReminders(reminders),
        configure: (next) => web.configure(next),
        stop: () => web.stop(),
      };
    }
    return () => {
      engine.current?.stop();
      engine.current = null;
    };
  }, [session]);

  useEffect(() => {
    if (settings) engine.current?.configure(settings);
  }, [settings, session]);

  const defaultTime = settings?.defaultTime;
  const onlyMine = settings?.onlyMine;
  useEffect(() => {
    if (!defaultTime) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const send = () => {
      // Before the digests are read the list would be empty, not true.
      if (session.derived.version === 0) return;
      const assignees = onlyMine ? [app.user.id, app.user.name] : undefined;
      const list = buildReminderList(session.cards.all(), (id) => session.derived.digests.get(id)?.followUps, { defaultTime, assignees });
      const key = JSON.stringify(list);
      if (key === last) return;
      last = key;
      engine.current?.setList(session.meta.id, list);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(send, DEBOUNCE_MS);
    };
    const offs = [session.derived.subscribe(schedule), session.cards.subscribe(schedule)];
    send();
    return () => {
      clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [session, defaultTime, onlyMine, app.user.id, app.user.name]);

  return null;
}

/**
 * "Done" pressed on a notification: the follow-up is marked done in its doc,
 * if it is still the one reminded of (not moved to another date, not done).
 */
async function markDone(session: WorkspaceSession, command: Extract<ReminderCommand, { type: 'mark-done' }>, toast: ReturnType<typeof useToast>): Promise<void> {
  const text = await setDone(session, command.customerId, command.followUpId, true, command.due);
  if (text !== null) toast({ message: `Done: ${text}`, action: { label: 'Undo', run: () => void setDone(session, command.customerId, command.followUpId, false, command.due) } });
}

/** Sets a follow-up's done flag; answers its text, or null when it was not there as expected. */
async function setDone(session: WorkspaceSession, customerId: string, followUpId: string, done: boolean, due: string): Promise<string | null> {
  if (!session.cards.get(customerId)) return null;
  const handle = session.openCustomer(customerId);
  try {
    const doc = await handle.ready;
    const followUp = readFollowUps(doc).items.find((f) => f.id === followUpId);
    if (!followUp || followUp.done === done || followUp.due !== due) return null;
    const { id, ...value } = followUp;
    putFollowUp(doc, id, { ...value, done }, LOCAL_ORIGIN);
    return followUp.text;
  } finally {
    handle.release();
  }
}
