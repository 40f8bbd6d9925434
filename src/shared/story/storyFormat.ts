import { formatCalendarDate, formatEventDate, formatInstantDate, type DateContext } from '../dates/formatDate';
import { formatMoney, toDecimalString, type Money } from '../money/money';
import { calendarFor, type IsoDate, type LocalCalendar } from '../insights/calendar';
import { LEGACY_CURRENCY } from '../model/schemas';
import type { EventDate } from '../dates/eventDate';
import type { WorkspaceFormat } from '../model/workspaceFormat';

/**
 * Every date and amount the story prints, in the workspace's one style (the same
 * functions the app uses, src/shared/dates and src/shared/money): a date is always
 * DATE_STYLE in the workspace locale, seen in the viewer's zone. Chart labels use
 * the same locale: short months ("Mar 2026", as the Insights axes) and quarters.
 */
export interface StoryStyle {
  dates: DateContext;
  locale: string;
  currency: string;
  calendar: LocalCalendar;
  /** Today, as a local calendar date of `generatedAt`. */
  today: IsoDate;
  /** The date of an instant (stage moves, created, prepared). */
  day(ms: number): string;
  /** A calendar date (due dates, important dates). */
  calendarDay(iso: IsoDate): string;
  /** An interaction's date, with its time only when it has one. */
  event(when: EventDate): string;
  money(amount: Money): string;
  /** A figure in minor units of the workspace currency. */
  value(minor: number): string;
  /** The same, short, for chart labels ("€13K"). */
  compactValue(minor: number): string;
  /** "Mar" of a month key (YYYY-MM); with the year: "Mar 2026". */
  month(key: string, withYear?: boolean): string;
  /** Whole numbers in the workspace locale ("1,234"). */
  count(n: number): string;
}

export function storyStyle(format: WorkspaceFormat | undefined, timeZone: string, now: number): StoryStyle {
  const { locale, currency } = format ?? { locale: 'en-GB', currency: LEGACY_CURRENCY };
  const dates = { locale, timeZone };
  const calendar = calendarFor(timeZone);
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  // Month keys are calendar months already: formatted in UTC so no zone shifts them.
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    dates,
    locale,
    currency,
    calendar,
    today: calendar.dateOf(now),
    day: (ms) => formatInstantDate(ms, dates),
    calendarDay: (iso) => formatCalendarDate(iso, locale),
    event: (when) => formatEventDate(when, dates),
    money: (amount) => formatMoney(amount, locale),
    value: (minor) => formatMoney({ minor, currency }, locale),
    compactValue: (minor) => compact.format(toDecimalString({ minor, currency }) as unknown as number),
    month: (key, withYear = false) => (withYear ? monthYear : monthShort).format(new Date(`${key.slice(0, 7)}-01T00:00:00Z`)),
    count: (n) => counts.format(n),
  };
}

/** "2026-Q1" for a calendar date. */
export function quarterKey(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** "Q1 2026" for a quarter key. */
export function quarterLabel(key: string): string {
  return `${key.slice(5)} ${key.slice(0, 4)}`;
}

/** The quarter `steps` quarters after `key` (negative: before). */
export function shiftQuarter(key: string, steps: number): string {
  const index = Number(key.slice(0, 4)) * 4 + Number(key.slice(6)) - 1 + steps;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The month key (YYYY-MM) `steps` months after `key`. */
export function shiftMonth(key: string, steps: number): string {
  const index = Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1 + steps;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
