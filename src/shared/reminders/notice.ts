import type { Reminder } from './reminderList';

/**
 * What the scheduler asks to show: one follow-up (with Open, Snooze, Done), or
 * one summary of several that came due while the device slept, during quiet
 * hours, or all at once (opens Today).
 */
export type ReminderNotice = { kind: 'single'; reminder: Reminder } | { kind: 'summary'; reminders: Reminder[] };

export interface NoticeText {
  title: string;
  body: string;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Title and body, the same on the desktop and in the web build. Plain text: never markup. */
export function noticeText(notice: ReminderNotice): NoticeText {
  if (notice.kind === 'single') {
    const { reminder } = notice;
    return { title: clip(reminder.customerName || 'Follow-up', 100), body: clip(reminder.text || 'Follow-up due', 300) };
  }
  const shown = notice.reminders.slice(0, 3).map((r) => clip(`${r.customerName}: ${r.text}`, 100));
  const more = notice.reminders.length - shown.length;
  return {
    title: `${notice.reminders.length} follow-ups due`,
    body: more > 0 ? `${shown.join('\n')}\nand ${more} more` : shown.join('\n'),
  };
}
