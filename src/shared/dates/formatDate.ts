import type { EventDate } from './eventDate';

/**
 * The one date style of a workspace, through Intl in the workspace locale: in the
 * app, the story and exports alike. "14 Mar 2026" (en-GB), "Mar 14, 2026" (en-US),
 * "14.03.2026" (de-DE); with a time, the locale's short time after it. Files
 * (CSV, backups) hold ISO 8601 instead.
 */
export const DATE_STYLE = 'medium' as const;
export const TIME_STYLE = 'short' as const;

export interface DateContext {
  locale: string;
  timeZone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: DATE_STYLE, ...(withTime ? { timeStyle: TIME_STYLE } : {}) });
    formatters.set(key, f);
  }
  return f;
}

/** A calendar date (YYYY-MM-DD: a due date, a birthday). No zone: it is the same day everywhere. */
export function formatCalendarDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  // Noon UTC formatted in UTC: the calendar date itself, for any device zone.
  return formatter(locale, 'UTC', false).format(Date.UTC(y, m - 1, d, 12));
}

/** The date of an instant (a stage move, a creation date) in the viewer's zone. */
export function formatInstantDate(ms: number, context: DateContext): string {
  return formatter(context.locale, context.timeZone, false).format(ms);
}

/** Date and time of an instant in the viewer's zone. */
export function formatInstantDateTime(ms: number, context: DateContext): string {
  return formatter(context.locale, context.timeZone, true).format(ms);
}

/** An interaction's date: with its time when it has one, never an invented one. */
export function formatEventDate(value: EventDate, context: DateContext): string {
  return value.kind === 'date' ? formatCalendarDate(value.date, context.locale) : formatInstantDateTime(value.instant, context);
}

/** The time alone ("15:30", "3:30 PM"), or null for a date without a time. */
export function formatEventTime(value: EventDate, context: DateContext): string | null {
  if (value.kind === 'date') return null;
  let f = formatters.get(`${context.locale}|${context.timeZone}|time`);
  if (!f) formatters.set(`${context.locale}|${context.timeZone}|time`, (f = new Intl.DateTimeFormat(context.locale, { timeZone: context.timeZone, timeStyle: TIME_STYLE })));
  return f.format(value.instant);
}

/** The `datetime` attribute of a <time> element: the ISO date, or the instant in UTC. */
export function eventDateTimeAttribute(value: EventDate): string {
  return value.kind === 'date' ? value.date : new Date(value.instant).toISOString();
}

/** ISO 8601 for files: the date, or the stored date-time with its offset (UTC for old timestamps). */
export function eventDateIso(value: EventDate): string {
  if (value.kind === 'date') return value.date;
  return value.iso ?? new Date(value.instant).toISOString();
}
