import type { Sentiment } from '../model/schemas';
import type { IsoDate } from '../insights/calendar';
import { compareEvents, type TimelineEvent, type TimelineKind } from './timelineEvents';

/**
 * A workspace timeline built for 100,000 events and more.
 *
 * Events live in sorted blocks (newest first, at most BLOCK events each), sorted
 * once when the index is built. A change never re-sorts: replacing one customer's
 * events (an edit, here or from another device) removes and inserts each of its
 * events by binary search into its block, a few microseconds per event whatever
 * the workspace's size; a large batch is sorted on its own and merged in one
 * linear pass. Each customer's events are also kept apart, so a customer page's
 * timeline never scans the workspace.
 *
 * Queries return views: a flat array in timeline order, built on demand in one pass
 * and cached per filter until the next change (a view taken earlier stays a
 * consistent snapshot: a new version means a new query). A view pages by offset
 * (virtual lists) or by cursor (stable while events arrive), and lays its events out
 * as rows with a header per local day.
 */

const BLOCK = 512;

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

/** A day's header: its date and how many events it holds. */
export interface DayHeader {
  day: IsoDate;
  count: number;
}

/**
 * One row of the virtual timeline: an event, carrying its day's header when it is the
 * first event of that day. One row per event, so an accessible feed holds only articles
 * (the header is the article's heading, not a row of its own).
 */
export interface TimelineRow {
  event: TimelineEvent;
  header: DayHeader | null;
}

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

  /** The events for one virtual list, each day's header on its first event; built once per view. */
  rows(): readonly TimelineRow[] {
    if (this.rowCache) return this.rowCache;
    const rows: TimelineRow[] = [];
    let header: DayHeader = { day: '', count: 0 };
    for (const event of this.events) {
      if (header.day === event.day) {
        header.count++;
        rows.push({ event, header: null });
      } else {
        header = { day: event.day, count: 1 };
        rows.push({ event, header });
      }
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

const ALL = filterKey({});

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

function firstAfter(list: readonly TimelineEvent[], e: TimelineEvent): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEvents(list[mid], e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TimelineIndex {
  private blocks: TimelineEvent[][] = [];
  private count = 0;
  /** Each customer's events, in timeline order. */
  private readonly perCustomer = new Map<string, TimelineEvent[]>();
  private views = new Map<string, TimelineView>();
  private versionNumber = 0;

  /** Builds the index from any number of events in one sort. Ids must be unique. */
  constructor(events: Iterable<TimelineEvent> = []) {
    this.rebuild([...events].sort(compareEvents));
  }

  private rebuild(sorted: TimelineEvent[]): void {
    this.blocks = [];
    for (let i = 0; i < sorted.length; i += BLOCK) this.blocks.push(sorted.slice(i, i + BLOCK));
    this.count = sorted.length;
    this.perCustomer.clear();
    for (const e of sorted) {
      const list = this.perCustomer.get(e.customerId);
      if (list) list.push(e);
      else this.perCustomer.set(e.customerId, [e]);
    }
  }

  get size(): number {
    return this.count;
  }

  /** Bumped by every change: a cheap dependency for UI memos. */
  get version(): number {
    return this.versionNumber;
  }

  private changed(): void {
    this.versionNumber++;
    this.views = new Map();
  }

  /** Index of the block an event belongs in: the first whose last event does not sort before it. */
  private blockFor(e: TimelineEvent): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const block = this.blocks[mid];
      if (compareEvents(block[block.length - 1], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertOne(e: TimelineEvent): void {
    if (this.blocks.length === 0) {
      this.blocks.push([e]);
    } else {
      const b = this.blockFor(e);
      const block = this.blocks[b];
      block.splice(firstAfter(block, e), 0, e);
      if (block.length > 2 * BLOCK) this.blocks.splice(b, 1, block.slice(0, BLOCK), block.slice(BLOCK));
    }
    this.count++;
  }

  private removeOne(e: TimelineEvent): void {
    if (this.blocks.length === 0) return;
    const b = this.blockFor(e);
    const block = this.blocks[b];
    const i = firstAfter(block, e) - 1;
    if (i < 0 || block[i].id !== e.id) return;
    block.splice(i, 1);
    if (block.length === 0) this.blocks.splice(b, 1);
    this.count--;
  }

  /**
   * Replaces the events of several customers at once (a customer missing from the
   * map is untouched; an empty list removes the customer). Small changes are
   * spliced in place; a change touching many events is merged in one linear pass.
   */
  update(changes: ReadonlyMap<string, readonly TimelineEvent[]>): void {
    if (changes.size === 0) return;
    let touched = 0;
    for (const [customerId, events] of changes) touched += events.length + (this.perCustomer.get(customerId)?.length ?? 0);
    if (touched > Math.max(2 * BLOCK, this.count / 16)) this.mergeUpdate(changes);
    else {
      for (const [customerId, events] of changes) {
        for (const old of this.perCustomer.get(customerId) ?? []) this.removeOne(old);
        const own = events.filter((e) => e.customerId === customerId).sort(compareEvents);
        for (const e of own) this.insertOne(e);
        if (own.length > 0) this.perCustomer.set(customerId, own);
        else this.perCustomer.delete(customerId);
      }
    }
    this.changed();
  }

  private mergeUpdate(changes: ReadonlyMap<string, readonly TimelineEvent[]>): void {
    const kept: TimelineEvent[] = [];
    for (const block of this.blocks) for (const e of block) if (!changes.has(e.customerId)) kept.push(e);
    const incoming: TimelineEvent[] = [];
    for (const [customerId, events] of changes) for (const e of events) if (e.customerId === customerId) incoming.push(e);
    this.rebuild(mergeSorted(kept, incoming.sort(compareEvents)));
  }

  /** Replaces every event of one customer (after an edit of its card or doc, local or remote). */
  setCustomer(customerId: string, events: readonly TimelineEvent[]): void {
    this.update(new Map([[customerId, events]]));
  }

  removeCustomer(customerId: string): void {
    if (this.perCustomer.has(customerId)) this.update(new Map([[customerId, []]]));
  }

  /** Merges new events in. Their ids must be new: use setCustomer / update to replace. */
  add(events: readonly TimelineEvent[]): void {
    if (events.length === 0) return;
    const byCustomer = new Map<string, TimelineEvent[]>();
    for (const e of events) {
      let list = byCustomer.get(e.customerId);
      if (!list) byCustomer.set(e.customerId, (list = [...(this.perCustomer.get(e.customerId) ?? [])]));
      list.push(e);
    }
    this.update(byCustomer);
  }

  /** Every event, in timeline order (a fresh array). */
  all(): TimelineEvent[] {
    return ([] as TimelineEvent[]).concat(...this.blocks);
  }

  /** Events matching the filter, in timeline order; cached until the next change. */
  query(filter: TimelineFilter = {}): TimelineView {
    const key = filterKey(filter);
    let view = this.views.get(key);
    if (!view) {
      view = new TimelineView(this.select(filter));
      this.views.set(key, view);
    }
    return view;
  }

  private select(filter: TimelineFilter): TimelineEvent[] {
    const match = matcher(filter);
    if (filter.customerIds) {
      // Only the named customers' own lists: a customer page never scans the workspace.
      const lists = filter.customerIds.map((id) => this.perCustomer.get(id) ?? []);
      return lists.length === 1 ? lists[0].filter(match) : lists.flat().filter(match).sort(compareEvents);
    }
    if (filterKey(filter) === ALL) return this.all();
    const out: TimelineEvent[] = [];
    for (const block of this.blocks) for (const e of block) if (match(e)) out.push(e);
    return out;
  }
}

