import { noticeText, type ReminderNotice } from '../../shared/reminders/notice';
import type { Reminder } from '../../shared/reminders/reminderList';
import { ReminderScheduler, type ReminderState } from '../../shared/reminders/scheduler';
import type { ReminderSettings } from '../../shared/reminders/settings';
import type { WebNotificationStatus } from './reminderSettingsStore';

/** Shared by every tab of this origin, so two tabs never show the same reminder. */
const STATE_KEY = 'rapport:reminders-state:v1';
const LOCK = 'rapport:reminders';

export function webNotificationPermission(): WebNotificationStatus['permission'] {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * Reminders in the web build, while the page is open: the same scheduler as
 * main, its state in localStorage (read again before each check, under a Web
 * Lock, since other tabs write it too), shown with the Notification API.
 * Page notifications have no buttons (those need a service worker's
 * showNotification): a click opens the customer, or Today for a summary.
 */
export class WebReminders {
  private readonly scheduler: ReminderScheduler;
  private settings: ReminderSettings | null = null;
  private readonly offs: Array<() => void> = [];

  constructor(
    private readonly onOpen: (notice: ReminderNotice) => void,
    /** Told the permission with every change of settings or of the browser's answer. */
    private readonly onStatus: (status: WebNotificationStatus) => void,
  ) {
    this.scheduler = new ReminderScheduler({
      store: {
        load: async () => {
          const text = localStorage.getItem(STATE_KEY);
          try {
            return text === null ? undefined : (JSON.parse(text) as unknown);
          } catch {
            return undefined;
          }
        },
        save: async (state: ReminderState) => localStorage.setItem(STATE_KEY, JSON.stringify(state)),
      },
      shared: true,
      exclusive: typeof navigator !== 'undefined' && navigator.locks ? async (run) => {
              await navigator.locks.request(LOCK, () => run());
            } : undefined,
      notify: (notice) => this.show(notice),
      onError: (error) => console.warn('reminders', error),
    });
    // Timers are throttled in hidden tabs and stop while the machine sleeps: look again when the page is back.
    const wake = () => void this.scheduler.wake();
    const onVisible = () => document.visibilityState === 'visible' && wake();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', wake);
    window.addEventListener('pageshow', wake);
    this.offs.push(
      () => document.removeEventListener('visibilitychange', onVisible),
      () => window.removeEventListener('focus', wake),
      () => window.removeEventListener('pageshow', wake),
    );
    // The user may allow or block notifications in the browser's site settings at any time.
    void navigator.permissions
      ?.query({ name: 'notifications' })
      .then((permission) => {
        const onChange = () => this.applySettings();
        permission.addEventListener('change', onChange);
        this.offs.push(() => permission.removeEventListener('change', onChange));
      })
      .catch(() => undefined);
  }

  setReminders(reminders: Reminder[]): void {
    void this.scheduler.setReminders(reminders);
  }

  configure(settings: ReminderSettings): void {
    this.settings = settings;
    this.applySettings();
  }

  stop(): void {
    this.scheduler.stop();
    for (const off of this.offs.splice(0)) off();
  }

  private applySettings(): void {
    const permission = webNotificationPermission();
    const settings = this.settings;
    // Without permission nothing could be shown: not checking keeps reminders for when it is granted.
    void this.scheduler.configure({ enabled: !!settings?.enabled && permission === 'granted', quietHours: settings?.quietHours ?? { enabled: false, start: '20:00', end: '08:00' } });
    this.onStatus({ web: true, permission });
  }

  private show(notice: ReminderNotice): void {
    if (webNotificationPermission() !== 'granted') return;
    const { title, body } = noticeText(notice);
    // The tag makes a second tab's copy (if the lock is unavailable) replace the first, not stack.
    const tag = notice.kind === 'single' ? `rapport-reminder-${notice.reminder.id}` : 'rapport-reminders-summary';
    const notification = new Notification(title, { body, tag, icon: 'favicon.png' });
    notification.onclick = () => {
      window.focus();
      notification.close();
      this.onOpen(notice);
    };
  }
}
