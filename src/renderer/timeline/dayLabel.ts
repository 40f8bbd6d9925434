import { addDays, calendarFor, type IsoDate } from '../../shared/insights/calendar';
import { formatCalendarDate } from '../../shared/dates/formatDate';

/** "Today · 14 Mar 2026", "Yesterday · …", or the date, in the workspace's date style. */
export function dayLabel(day: IsoDate, now: number, timeZone: string, locale: string): string {
  // Day keys are local calendar dates already: formatted as calendar dates, so no zone shifts them again.
  const date = formatCalendarDate(day, locale);
  const today = calendarFor(timeZone).dateOf(now);
  if (day === today) return `Today · ${date}`;
  if (day === addDays(today, -1)) return `Yesterday · ${date}`;
  if (day === addDays(today, 1)) return `Tomorrow · ${date}`;
  return date;
}
