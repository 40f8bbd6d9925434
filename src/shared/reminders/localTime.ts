import { addDays, addHours, format, isValid, parse, set, startOfDay } from 'date-fns';
import type { TimeOfDay } from './settings';

/**
 * Reminders are wall-clock times on this device ("09:00 on the due date"), so
 * they are turned into instants in the host's own zone, at the moment they are
 * checked: a DST change or a trip to another zone moves the instant, never the
 * wall time. date-fns' plain functions work in the host zone, which is exactly
 * that; no offsets are computed here.
 */

/** A local date and time, 'YYYY-MM-DDTHH:mm', no zone. */
export type LocalDateTime = string;

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

export function localDateTime(date: string, time: TimeOfDay): LocalDateTime {
  return `${date}T${time}`;
}

/**
 * The instant of a local date and time in the host zone; NaN when the text is
 * not one. A time skipped by a DST change (02:30 on a spring-forward night)
 * comes out as the instant the clocks jumped to, as JavaScript dates do.
 */
export function instantOf(local: LocalDateTime): number {
  const date = parse(local, LOCAL_FORMAT, new Date(0));
  return isValid(date) ? date.getTime() : Number.NaN;
}

/** The local calendar date of an instant, 'YYYY-MM-DD'. */
export function localDateOf(ms: number): string {
  return format(ms, 'yyyy-MM-dd');
}

function minutes(time: TimeOfDay): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `time` on the local day of `ms`. */
function atTimeOn(ms: number, time: TimeOfDay): Date {
  return set(ms, { hours: Number(time.slice(0, 2)), minutes: Number(time.slice(3, 5)), seconds: 0, milliseconds: 0 });
}

export interface QuietHours {
  enabled: boolean;
  start: TimeOfDay;
  end: TimeOfDay;
}

/** Whether the local time of `ms` falls in [start, end); start > end spans midnight. */
export function inQuietHours(ms: number, quiet: QuietHours): boolean {
  if (!quiet.enabled || quiet.start === quiet.end) return false;
  const date = new Date(ms);
  const now = date.getHours() * 60 + date.getMinutes();
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The next instant after `ms` at which the local time is the end of quiet hours. */
export function quietHoursEnd(ms: number, quiet: QuietHours): number {
  const today = atTimeOn(ms, quiet.end);
  if (today.getTime() > ms) return today.getTime();
  // addDays keeps the wall time across a DST change; set() then pins the minutes again.
  return atTimeOn(addDays(startOfDay(ms), 1).getTime(), quiet.end).getTime();
}

/** Snooze "tomorrow morning": `time` on the next local day. */
export function tomorrowAt(ms: number, time: TimeOfDay): number {
  return atTimeOn(addDays(startOfDay(ms), 1).getTime(), time).getTime();
}

/** Snooze "in an hour": an hour of elapsed time, whatever the wall clock does. */
export function inAnHour(ms: number): number {
  return addHours(ms, 1).getTime();
}
