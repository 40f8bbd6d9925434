import { isoFromDayNumber, zoneOffset } from '../insights/calendar';

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * Local working days and hours in one time zone, for the sample's history: people
 * log calls at 10:30 on a Tuesday, not at 2 AM on a Sunday. Days are local day
 * numbers (days since 1970-01-01 in the zone); times are minutes after local
 * midnight. The zone's offset is looked up once per day, at local midday (clocks
 * change at night, so midday's offset holds from 08:00 to 18:00).
 */
export class WorkingTime {
  /** Today's local day number. */
  readonly today: number;
  private readonly offsets = new Map<number, number>();

  constructor(
    readonly timeZone: string,
    readonly now: number,
  ) {
    this.today = Math.floor((now + zoneOffset(now, timeZone)) / DAY);
  }

  /** Monday to Friday? (Day 0, 1970-01-01, was a Thursday.) */
  static isWeekday(day: number): boolean {
    const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
    return weekday !== 0 && weekday !== 6;
  }

  /** The working day `daysAgo` days before today, moved back to the Friday before when it falls on a weekend. */
  workdayAgo(daysAgo: number): number {
    let day = this.today - daysAgo;
    while (!WorkingTime.isWeekday(day)) day--;
    return day;
  }

  /** The working day `daysAhead` days after today, moved on to the Monday after when it falls on a weekend. */
  workdayAhead(daysAhead: number): number {
    let day = this.today + daysAhead;
    while (!WorkingTime.isWeekday(day)) day++;
    return day;
  }

  private offset(day: number): number {
    let offset = this.offsets.get(day);
    if (offset === undefined) {
      const guess = zoneOffset(day * DAY + 12 * 60 * MINUTE, this.timeZone);
      offset = zoneOffset(day * DAY + 12 * 60 * MINUTE - guess, this.timeZone);
      this.offsets.set(day, offset);
    }
    return offset;
  }

  /** The instant of a local day and time (minutes after midnight, within working hours). */
  instant(day: number, minutes: number): number {
    return day * DAY + minutes * MINUTE - this.offset(day);
  }

  /** The stored form of a date without a time: "2026-03-10". */
  date(day: number): string {
    return isoFromDayNumber(day);
  }
}
