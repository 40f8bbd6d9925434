import { addDays, calendarFor, type IsoDate } from '../../shared/insights/calendar';

// Day keys are local calendar dates already: format them as dates, in UTC, so no zone shifts them again.
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' });

/** "Today · Friday, February 6, 2026", "Yesterday · …", or the full date. */
export function dayLabel(day: IsoDate, now: number, timeZone: string): string {
  const date = full.format(new Date(`${day}T00:00:00Z`));
  const today = calendarFor(timeZone).dateOf(now);
  if (day === today) return `Today · ${date}`;
  if (day === addDays(today, -1)) return `Yesterday · ${date}`;
  if (day === addDays(today, 1)) return `Tomorrow · ${date}`;
  return date;
}
