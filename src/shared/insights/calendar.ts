/**
 * Calendar dates in the user's time zone, without the host's time zone.
 *
 * Follow-up due dates and important dates are calendar dates ('YYYY-MM-DD') with no
 * time zone; interactions and stage moves are instants (epoch ms). Comparing the two
 * needs the user's IANA time zone, passed in explicitly: date-fns' plain functions
 * work in the host's zone (wrong for a user whose settings name another zone, and
 * untestable across zones), so offsets and local midnights come from @date-fns/tz
 * (tzOffset, TZDate), and every calendar computation is done on whole-day numbers
 * (days since 1970-01-01 of the proleptic Gregorian calendar), which DST cannot touch.
 */
import { TZDate, tzOffset } from '@date-fns/tz';

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a calendar date; NaN when the text is not a date. */
export function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function isoFromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoFromDayNumber(dayNumber(date) + days);
}

/** Monday of the ISO week holding `date`. */
export function weekStart(date: IsoDate): IsoDate {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return isoFromDayNumber(day - sinceMonday);
}

export function monthKey(date: IsoDate): string {
  return date.slice(0, 7);
}

const checkedZones = new Set<string>();

/** Throws RangeError for an unknown zone: callers learn early, not with wrong dates. */
function checkZone(timeZone: string): void {
  if (checkedZones.has(timeZone)) return;
  new Intl.DateTimeFormat('en-US', { timeZone });
  checkedZones.add(timeZone);
}

/** The zone's offset from UTC at instant `ms`, in ms (New York in winter: -5 h), from @date-fns/tz. */
export function zoneOffset(ms: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(ms)) * 60_000;
}

/**
 * Turns instants into local calendar dates quickly. Offsets change at most once a
 * day, so the offset is looked up (through Intl) once per UTC day and reused when it
 * is the same at both ends of that day; only days holding a DST switch pay for an
 * exact lookup per instant. One resolver per time zone; it may be kept and reused.
 */
export class LocalCalendar {
  private readonly dayOffsets = new Map<number, number | null>();
  private readonly dayStarts = new Map<number, number>();
  private readonly dayNames = new Map<number, IsoDate>();

  constructor(readonly timeZone: string) {
    checkZone(timeZone);
  }

  private offsetAt(ms: number): number {
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = this.dayOffsets.get(utcDay);
    if (offset === undefined) {
      const start = zoneOffset(utcDay * DAY_MS, this.timeZone);
      const end = zoneOffset((utcDay + 1) * DAY_MS - 1000, this.timeZone);
      offset = start === end ? start : null;
      this.dayOffsets.set(utcDay, offset);
    }
    return offset ?? zoneOffset(ms, this.timeZone);
  }

  /** Local day number of an instant. */
  dayOf(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / DAY_MS);
  }

  /** Local calendar date of an instant. */
  dateOf(ms: number): IsoDate {
    const day = this.dayOf(ms);
    let name = this.dayNames.get(day);
    if (name === undefined) this.dayNames.set(day, (name = isoFromDayNumber(day)));
    return name;
  }

  /**
   * The first instant of a local calendar date (local midnight, or the first
   * instant that exists where a zone skips midnight).
   */
  startOf(date: IsoDate): number {
    const day = dayNumber(date);
    const cached = this.dayStarts.get(day);
    if (cached !== undefined) return cached;
    const [y, m, d] = date.split('-').map(Number);
    // TZDate resolves a local midnight that does not exist (Santiago, DST at 00:00) to the day's first instant.
    const start = new TZDate(y, m - 1, d, this.timeZone).getTime();
    this.dayStarts.set(day, start);
    return start;
  }

  /** Whole calendar days between two instants as seen in this zone. */
  calendarDaysBetween(fromMs: number, toMs: number): number {
    return this.dayOf(toMs) - this.dayOf(fromMs);
  }
}

const calendars = new Map<string, LocalCalendar>();

/** A shared resolver per zone (its cache only grows with distinct UTC days seen). */
export function calendarFor(timeZone: string): LocalCalendar {
  let c = calendars.get(timeZone);
  if (!c) calendars.set(timeZone, (c = new LocalCalendar(timeZone)));
  return c;
}

/** Local calendar date of an instant in a zone. */
export function localDateOf(ms: number, timeZone: string): IsoDate {
  return calendarFor(timeZone).dateOf(ms);
}
