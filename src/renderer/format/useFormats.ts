import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { settingsMap } from '../../shared/model/workspaceDoc';
import { readWorkspaceFormat, type WorkspaceFormat } from '../../shared/model/workspaceFormat';
import type { InvalidField } from '../../shared/model/validation';
import { formatMoney, toDecimalString, type Money } from '../../shared/money/money';
import { deviceTimeZone, type EventDate } from '../../shared/dates/eventDate';
import {
  eventDateTimeAttribute,
  formatCalendarDate,
  formatEventDate,
  formatEventTime,
  formatInstantDate,
  formatInstantDateTime,
  type DateContext,
} from '../../shared/dates/formatDate';
import { useSession } from '../workspace/SessionContext';

/** The device's zone: dates are shown where the viewer is (a date without a time is the same day everywhere). */
export const DEVICE_TIME_ZONE = deviceTimeZone();

/** Every date and amount the app shows, in the workspace's one style (Intl, workspace locale). */
export interface Formats extends WorkspaceFormat {
  timeZone: string;
  dates: DateContext;
  /** Settings values that failed validation (shown in Settings). */
  invalid: InvalidField[];
  money(amount: Money): string;
  /** A figure in minor units of the workspace currency (lifetime value, totals). */
  value(minor: number): string;
  /** The same, short, for chart axes ("€13K"). */
  compactValue(minor: number): string;
  /** A month as a chart label ("Mar 2026"), from its first day. */
  month(iso: string): string;
  /** An interaction's date, with its time only when it has one. */
  event(when: EventDate): string;
  /** The time alone, or null for a date without a time. */
  eventTime(when: EventDate): string | null;
  /** The datetime attribute for a <time> element. */
  eventAttribute(when: EventDate): string;
  /** A calendar date (due dates, important dates). */
  day(iso: string): string;
  /** The date of an instant (created, stage moves). */
  instantDay(ms: number): string;
  instantDateTime(ms: number): string;
  /** A distance in calendar days, in words: "today", "tomorrow", "in 4 days", "2 days ago". */
  relativeDays(days: number): string;
}

export function formatsFor(format: WorkspaceFormat, invalid: InvalidField[] = [], timeZone = DEVICE_TIME_ZONE): Formats {
  const dates = { locale: format.locale, timeZone };
  const compact = new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currency, notation: 'compact', maximumFractionDigits: 1 });
  // Month buckets are calendar months already: formatted in UTC so no zone shifts them.
  const relative = new Intl.RelativeTimeFormat(format.locale, { numeric: 'auto' });
  const monthFormat = new Intl.DateTimeFormat(format.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    ...format,
    timeZone,
    dates,
    invalid,
    money: (amount) => formatMoney(amount, format.locale),
    value: (minor) => formatMoney({ minor, currency: format.currency }, format.locale),
    compactValue: (minor) => compact.format(toDecimalString({ minor, currency: format.currency }) as unknown as number),
    month: (iso) => monthFormat.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`)),
    event: (when) => formatEventDate(when, dates),
    eventTime: (when) => formatEventTime(when, dates),
    eventAttribute: eventDateTimeAttribute,
    day: (iso) => formatCalendarDate(iso, format.locale),
    instantDay: (ms) => formatInstantDate(ms, dates),
    instantDateTime: (ms) => formatInstantDateTime(ms, dates),
    relativeDays: (days) => relative.format(days, 'day'),
  };
}

interface Store {
  formats: Formats;
  listeners: Set<() => void>;
}

/**
 * One observer of the settings map per workspace doc, however many rows ask (a
 * board of 5,000 cards): the formats are rebuilt only when the currency or locale
 * actually changes, so every row keeps the same object otherwise.
 */
const stores = new WeakMap<Y.Doc, Store>();

function storeFor(doc: Y.Doc): Store {
  let store = stores.get(doc);
  if (store) return store;
  const read = () => readWorkspaceFormat(doc);
  const first = read();
  const created: Store = { formats: formatsFor(first.format, first.invalid), listeners: new Set() };
  settingsMap(doc).observeDeep(() => {
    const next = read();
    const current = created.formats;
    if (next.format.currency === current.currency && next.format.locale === current.locale && JSON.stringify(next.invalid) === JSON.stringify(current.invalid)) return;
    created.formats = formatsFor(next.format, next.invalid);
    for (const listener of created.listeners) listener();
  });
  stores.set(doc, (store = created));
  return store;
}

/** The open workspace's formats; re-renders when its currency or locale changes (here or on a teammate's device). */
export function useFormats(): Formats {
  const store = storeFor(useSession().doc);
  return useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.formats,
  );
}
