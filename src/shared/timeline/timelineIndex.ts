import type { Sentiment } from '../model/schemas';
import type { IsoDate } from '../insights/calendar';
import { compareEvents, type TimelineEvent, type TimelineKind } from './timelineEvents';

/**
 * A workspace timeline built for 100,000 events and more.
 *
 * The index keeps every event in one array, sorted once (newest first). Changes never
 * re-sort it: a batch of new events is sorted on its own (small) and merged in one
 * linear pass; replacing a customer's events drops the old ones in one linear pass
 * and merges the new. Each change makes a new array, so views taken earlier stay
 * consistent snapshots (handy for React: a new version means a new query).
 *
 * Queries filter in one pass and are cached per filter until the next change. A
 * view pages by offset (for a virtual list) or by cursor (stable while events
 * arrive), and lays its events out as rows with a header per local day.
 */

export interface TimelineFilter {
  kinds?: readonly TimelineKind[];
  /** Events without a sentiment (stage changes, follow-ups) are left out when set. */
  sentiments?: readonly Sentiment[];
  /** The customer's owner. */
  owners?: readonly string[];
  customerIds?: readonly string[];
  /** Instants, both ends included. */
  from?: number;
  to?: number;
}

export interface TimelineCursor {
  at: number;
  id: string;
}

export type TimelineRow = { type: 'day'; day: IsoDate; count: number } | { type: 'event'; event: TimelineEvent };

export interface DayGroup {
  day: IsoDate;
  events: TimelineEvent[];
}

/** Groups events (already in timeline order) by local day. */
export function groupByDay(events: readonly TimelineEvent[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    if (last && last.day === event.day) last.events.push(event);
    else groups.push({ day: event.day, events: [event] });
  }
  return groups;
}

function mergeSorted(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  const out = new Array<TimelineEvent>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareEvents(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

export class TimelineView {
  private rowCache: TimelineRow[] | null = null;

  constructor(readonly events: readonly TimelineEvent[]) {}

  get length(): number {
    return this.events.length;
  }

  page(offset: number, limit: number): TimelineEvent[] {
    return this.events.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
  }

  /** The next `limit` events after the cursor (from the newest when null). */
  pageAfter(cursor: TimelineCursor | null, limit: number): { events: TimelineEvent[]; next: TimelineCursor | null } {
    let start = 0;
    if (cursor) {
      // First event that sorts after the cursor's position.
      const probe = { at: cursor.at, id: cursor.id } as TimelineEvent;
      let lo = 0;
      let hi = this.events.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareEvents(this.events[mid], probe) <= 0) lo = mid + 1;
        else hi = mid;
      }
      start = lo;
    }
    const events = this.events.slice(start, start + limit);
    const last = events[events.length - 1];
    const next = last && start + limit < this.events.length ? { at: last.at, id: last.id } : null;
    return { events, next };
  }

  /** Day headers and events interleaved, for one virtual list; built once per view. */
  rows(): readonly TimelineRow[] {
    if (this.rowCache) return this.rowCache;
    const rows: TimelineRow[] = [];
    let header: { type: 'day'; day: IsoDate; count: number } | null = null;
    for (const event of this.events) {
      if (!header || header.day !== event.day) {
        header = { type: 'day', day: event.day, count: 0 };
        rows.push(header);
      }
      header.count++;
      rows.push({ type: 'event', event });
    }
    return (this.rowCache = rows);
  }

  groups(offset = 0, limit = this.events.length): DayGroup[] {
    return groupByDay(this.page(offset, limit));
  }
}

function filterKey(filter: TimelineFilter): string {
  const list = (values?: readonly string[]) => (values ? [...values].sort().join('\u0001') : '*');
  return [list(filter.kinds), list(filter.sentiments), list(filter.owners), list(filter.customerIds), filter.from ?? '', filter.to ?? ''].join('\u0002');
}

function matcher(filter: TimelineFilter): (e: TimelineEvent) => boolean {
  const kinds = filter.kinds ? new Set<string>(filter.kinds) : null;
  const sentiments = filter.sentiments ? new Set<string>(filter.sentiments) : null;
  const owners = filter.owners ? new Set(filter.owners) : null;
  const customers = filter.customerIds ? new Set(filter.customerIds) : null;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  return (e) =>
    e.at >= from &&
    e.at <= to &&
    (!kinds || kinds.has(e.kind)) &&
    (!sentiments || (e.sentiment !== null && sentiments.has(e.sentiment))) &&
    (!owners || owners.has(e.owner)) &&
    (!customers || customers.has(e.customerId));
}

export class TimelineIndex {
  private events: TimelineEvent[] = [];
  private readonly perCustomer = new Map<string, number>();
  private views = new Map<string, TimelineView>();
  private versionNumber = 0;

  /** Builds the index from any number of events in one sort. */
  constructor(events: Iterable<TimelineEvent> = []) {
    this.events = [...events].sort(compareEvents);
    for (const e of this.events) this.perCustomer.set(e.customerId, (this.perCustomer.get(e.customerId) ?? 0) + 1);
  }

  get size(): number {
    return this.events.length;
  }

  /** Bumped by every change: a cheap dependency for UI memos. */
  get version(): number {
    return this.versionNumber;
  }

  private changed(): void {
    this.versionNumber++;
    this.views = new Map();
  }

  /** Merges new events in (a linear merge, no re-sort). Ids must be new: use setCustomer to replace. */
  add(events: readonly TimelineEvent[]): void {
    if (events.length === 0) return;
    const batch = [...events].sort(compareEvents);
    this.events = mergeSorted(this.events, batch);
    for (const e of batch) this.perCustomer.set(e.customerId, (this.perCustomer.get(e.customerId) ?? 0) + 1);
    this.changed();
  }

  /** Replaces every event of one customer (after an edit of its card or doc, local or remote). */
  setCustomer(customerId: string, events: readonly TimelineEvent[]): void {
    const own = events.filter((e) => e.customerId === customerId);
    if (this.perCustomer.has(customerId)) {
      this.events = this.events.filter((e) => e.customerId !== customerId);
      this.perCustomer.delete(customerId);
    }
    if (own.length > 0) {
      const batch = own.sort(compareEvents);
      this.events = mergeSorted(this.events, batch);
      this.perCustomer.set(customerId, batch.length);
    }
    this.changed();
  }

  removeCustomer(customerId: string): void {
    if (!this.perCustomer.has(customerId)) return;
    this.setCustomer(customerId, []);
  }

  /** Events matching the filter, in timeline order; cached until the next change. */
  query(filter: TimelineFilter = {}): TimelineView {
    const key = filterKey(filter);
    let view = this.views.get(key);
    if (!view) {
      const match = matcher(filter);
      const isAll = key === filterKey({});
      view = new TimelineView(isAll ? this.events : this.events.filter(match));
      this.views.set(key, view);
    }
    return view;
  }
}
