import { z } from 'zod';
import { TZDate } from '@date-fns/tz';
import { format, isValid, parseISO } from 'date-fns';
import { calendarFor } from '../insights/calendar';

/**
 * When an interaction happened: a calendar date, with a time only if one was given.
 *
 * Stored (ISO 8601, in the Y type, in files):
 * - `"2026-03-14"`: a date and no time. It names the same day on every device,
 *   whatever its zone, and no time is ever shown for it.
 * - `"2026-03-14T15:30+01:00"`: a date and time with the UTC offset of the zone
 *   it was entered in. The offset makes the instant exact (also in the hour that
 *   repeats when clocks go back); devices show it in their own zone, as calendars do.
 * - a number: epoch milliseconds, written by earlier versions. Read as a date and
 *   time (that is what they showed) and written back unchanged.
 */
export type EventDate =
  | { kind: 'date'; date: string }
  | {
      kind: 'dateTime';
      instant: number;
      /** The stored text with its offset; absent for numbers written by earlier versions. */
      iso?: string;
    };

export type StoredEventDate = number | string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** A real calendar date as YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Reads a stored value; null when it is neither a date, a date-time with an offset, nor epoch ms. */
export function readEventDate(raw: unknown): EventDate | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? { kind: 'dateTime', instant: raw } : null;
  if (typeof raw !== 'string' || raw.length > 40) return null;
  if (ISO_DATE.test(raw)) return isCalendarDate(raw) ? { kind: 'date', date: raw } : null;
  const m = ISO_DATE_TIME.exec(raw);
  if (!m || !isCalendarDate(raw.slice(0, 10)) || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return null;
  const instant = parseISO(raw).getTime();
  return Number.isFinite(instant) ? { kind: 'dateTime', instant, iso: raw } : null;
}

/** The stored form: exactly what was read, so an untouched value is never rewritten. */
export function storeEventDate(value: EventDate): StoredEventDate {
  if (value.kind === 'date') return value.date;
  return value.iso ?? value.instant;
}

/** Validates a stored value and leaves it as stored (readers call readEventDate). */
export const storedEventDateSchema = z.union([z.number(), z.string()]).refine((raw) => readEventDate(raw) !== null, {
  message: 'expected a date (YYYY-MM-DD), a date and time with its offset, or a timestamp',
});

export type EventDateInput = { ok: true; value: EventDate } | { ok: false; message: string; field: 'date' | 'time' };

/**
 * The value of a form's Date (`<input type=date>`) and optional Time
 * (`<input type=time>`) inputs, the time read in `timeZone`. A time that does not
 * exist there (skipped when clocks go forward) is refused rather than moved.
 */
export function eventDateFromInputs(date: string, time: string, timeZone: string): EventDateInput {
  if (!isCalendarDate(date)) return { ok: false, field: 'date', message: 'Choose a date.' };
  if (time.trim() === '') return { ok: true, value: { kind: 'date', date } };
  const t = TIME.exec(time.trim().slice(0, 5));
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) return { ok: false, field: 'time', message: 'Type a time as hours and minutes, or leave it empty.' };
  const [y, m, d] = date.split('-').map(Number);
  const local = new TZDate(y, m - 1, d, Number(t[1]), Number(t[2]), timeZone);
  if (!isValid(local)) return { ok: false, field: 'time', message: 'That time cannot be read.' };
  if (format(local, 'yyyy-MM-dd HH:mm') !== `${date} ${t[1]}:${t[2]}`)
    return { ok: false, field: 'time', message: `${t[1]}:${t[2]} does not exist on that day in ${timeZone} (the clocks go forward); choose another time.` };
  const iso = format(local, "yyyy-MM-dd'T'HH:mmxxx");
  return { ok: true, value: { kind: 'dateTime', instant: local.getTime(), iso } };
}

/** The Date and Time inputs' values for an existing value, seen in `timeZone`. */
export function eventDateToInputs(value: EventDate, timeZone: string): { date: string; time: string } {
  if (value.kind === 'date') return { date: value.date, time: '' };
  const local = new TZDate(value.instant, timeZone);
  return { date: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') };
}

/** The calendar date it happened on, as seen in `timeZone` (a date-only value is that date everywhere). */
export function localDateOfEvent(value: EventDate, timeZone: string): string {
  return value.kind === 'date' ? value.date : format(new TZDate(value.instant, timeZone), 'yyyy-MM-dd');
}

/**
 * The instant used to order and count (recency, periods): the moment itself, or
 * for a date without a time, twelve hours after that day starts in `timeZone`
 * (midday, give or take a DST hour: always inside the day, so every per-day
 * figure lands on the date typed). The day's start is cached per zone, so
 * 100,000 interactions cost one lookup per distinct day.
 */
export function eventInstant(value: EventDate, timeZone: string): number {
  if (value.kind === 'dateTime') return value.instant;
  return calendarFor(timeZone).startOf(value.date) + 12 * 3_600_000;
}

/** The device's IANA zone (the browser's or the OS's). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
