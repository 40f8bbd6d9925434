import { noticeText, type ReminderNotice } from '../../shared/reminders/notice';

/** What a press on a reminder notification asks for. */
export type ReminderActivation = 'open' | 'snooze-hour' | 'snooze-tomorrow' | 'done';

export interface NotificationContent {
  /** The same follow-up replaces its earlier notification instead of stacking (macOS, Windows). */
  id: string;
  title: string;
  body: string;
  /** Buttons, in order; a click on the notification itself is always 'open'. */
  actions: Array<{ activation: Exclude<ReminderActivation, 'open'>; text: string }>;
}

/**
 * Electron shows notification buttons on macOS (the first inline, the others
 * under the notification's menu; only for a signed app whose Info.plist sets
 * NSUserNotificationAlertStyle to "alert") and on Windows (toast buttons).
 * On Linux (libnotify) Electron has no actions: click only.
 */
export function notificationActionsSupported(platform: string): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function notificationContent(notice: ReminderNotice, actions: boolean): NotificationContent {
  const { title, body } = noticeText(notice);
  if (notice.kind === 'summary') return { id: 'rapport-reminders-summary', title, body, actions: [] };
  return {
    id: `rapport-reminder-${notice.reminder.id}`,
    title,
    body,
    actions: actions
      ? [
          { activation: 'snooze-hour', text: 'Snooze 1 hour' },
          { activation: 'snooze-tomorrow', text: 'Tomorrow morning' },
          { activation: 'done', text: 'Done' },
        ]
      : [],
  };
}
