import { dayNumber, isoFromDayNumber, type IsoDate } from '../insights/calendar';

/** Where "Snooze" moves a follow-up due date to, counted from today (calendar days, no time zone). */
export type SnoozeChoice = 'tomorrow' | 'nextWeek';

export const SNOOZE_LABELS: Record<SnoozeChoice, string> = { tomorrow: 'Tomorrow', nextWeek: 'Next week' };

/**
 * Tomorrow is today + 1; next week is the Monday after today (as mail and task apps
 * read "next week": the start of the coming working week, never today).
 */
export function snoozedDue(today: IsoDate, choice: SnoozeChoice): IsoDate {
  const day = dayNumber(today);
  if (choice === 'tomorrow') return isoFromDayNumber(day + 1);
  // Day 0 (1970-01-01) was a Thursday: weekday 0 = Monday.
  const weekday = (day + 3) % 7;
  return isoFromDayNumber(day + (7 - weekday));
}
