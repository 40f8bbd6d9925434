import type { ReminderCommand, ReminderStatus } from '../../shared/reminders/commands';
import { inAnHour, tomorrowAt } from '../../shared/reminders/localTime';
import type { ReminderNotice } from '../../shared/reminders/notice';
import type { Reminder } from '../../shared/reminders/reminderList';
import { ReminderScheduler, type ReminderStateStore } from '../../shared/reminders/scheduler';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../shared/reminders/settings';
import { notificationContent, type NotificationContent, type ReminderActivation } from './notificationContent';

/**
 * What the reminder service needs from Electron, so the service itself is plain
 * Node, tested with fakes (src/main/electron/reminders.ts implements it).
 */
export interface ReminderPlatform {
  notificationsSupported: boolean;
  actionsSupported: boolean;
  show(content: NotificationContent, onActivate: (activation: ReminderActivation) => void): void;
  /** Sends a command to the renderer; false when there is no window to send it to. */
  send(command: ReminderCommand): boolean;
  /** Brings the app's window to the front, opening one if there is none. */
  focusApp(): void;
  /** Opens a window if there is none, without taking focus from elsewhere if there is one. */
  ensureWindow(): void;
  setTray(on: boolean, actions: { quickNote(): void; today(): void }): ReminderStatus['tray'];
  /** Registers the global shortcut (null: none); never throws. */
  setShortcut(accelerator: string | null, onPress: () => void): Omit<ReminderStatus['shortcut'], 'accelerator'>;
}

export interface ReminderServiceOptions {
  store: ReminderStateStore;
  platform: ReminderPlatform;
  now?: () => number;
  tickMs?: number;
  log?: (message: string, details: Record<string, unknown>) => void;
}

export interface ReminderService {
  setList(request: { workspaceId: string; reminders: Reminder[] }): Promise<void>;
  configure(settings: ReminderSettings): Promise<ReminderStatus>;
  /** powerMonitor 'resume' / 'unlock-screen': look at the clock now. */
  wake(): Promise<void>;
  /** The window closed or started loading: hold commands until its renderer sends a list again. */
  rendererGone(): void;
  stop(): void;
  /** For tests: the scheduler behind the service. */
  readonly scheduler: ReminderScheduler;
}

/** Commands kept while no renderer listens (a reload, a closed window on macOS). */
const MAX_PENDING = 50;

export function createReminderService(options: ReminderServiceOptions): ReminderService {
  const { platform } = options;
  const now = options.now ?? (() => Date.now());
  let workspaceId: string | null = null;
  let settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS;
  let live = false;
  const pending: ReminderCommand[] = [];

  const deliver = (command: ReminderCommand) => {
    if (live && platform.send(command)) return;
    pending.push(command);
    if (pending.length > MAX_PENDING) pending.shift();
  };

  const activate = (notice: ReminderNotice, shownFor: string | null, activation: ReminderActivation) => {
    if (notice.kind === 'summary') {
      platform.focusApp();
      deliver({ type: 'open-today' });
      return;
    }
    const { reminder } = notice;
    switch (activation) {
      case 'open':
        platform.focusApp();
        if (shownFor) deliver({ type: 'open-customer', workspaceId: shownFor, customerId: reminder.customerId });
        return;
      case 'done':
        // The renderer owns the docs; "Done" from a notification should not pull the window forward.
        platform.ensureWindow();
        if (shownFor) deliver({ type: 'mark-done', workspaceId: shownFor, customerId: reminder.customerId, followUpId: reminder.followUpId, due: reminder.due });
        return;
      case 'snooze-hour':
        void scheduler.snooze(reminder.id, inAnHour(now()));
        return;
      case 'snooze-tomorrow':
        void scheduler.snooze(reminder.id, tomorrowAt(now(), settings.defaultTime));
        return;
    }
  };

  const scheduler = new ReminderScheduler({
    store: options.store,
    now,
    tickMs: options.tickMs,
    onError: (error) => options.log?.('reminders.error', { message: String(error) }),
    notify: (notice) => {
      if (!platform.notificationsSupported) return;
      const shownFor = workspaceId;
      platform.show(notificationContent(notice, platform.actionsSupported), (activation) => activate(notice, shownFor, activation));
    },
  });

  const quickNote = () => {
    platform.focusApp();
    deliver({ type: 'quick-note' });
  };

  return {
    scheduler,
    async setList(request) {
      workspaceId = request.workspaceId;
      live = true;
      for (const command of pending.splice(0)) deliver(command);
      await scheduler.setReminders(request.reminders);
    },
    async configure(next) {
      settings = next;
      const tray = platform.setTray(next.tray, {
        quickNote,
        today: () => {
          platform.focusApp();
          deliver({ type: 'open-today' });
        },
      });
      const shortcut = platform.setShortcut(next.shortcut.enabled ? next.shortcut.accelerator : null, quickNote);
      // Where nothing can be shown, nothing is checked: reminders are not used up unseen.
      await scheduler.configure({ enabled: next.enabled && platform.notificationsSupported, quietHours: next.quietHours });
      return {
        notifications: platform.notificationsSupported,
        actions: platform.notificationsSupported && platform.actionsSupported,
        tray,
        shortcut: { ...shortcut, accelerator: next.shortcut.accelerator },
      };
    },
    wake: () => scheduler.wake(),
    rendererGone() {
      live = false;
    },
    stop: () => scheduler.stop(),
  };
}
