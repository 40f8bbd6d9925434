import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp, Interaction, InteractionKind, Sentiment, StageEntry } from '../model/schemas';
import { buildTimeline, eventsForCustomer } from './build';
import { compareEvents, type TimelineEvent } from './timelineEvents';
import { TimelineIndex, groupByDay } from './timelineIndex';

const at = (iso: string) => Date.parse(iso);

function card(id: string, owner: string, history: [StageEntry['stage'], string][]): CustomerCard {
  const stageHistory = history.map(([stage, iso]) => ({ stage, at: at(iso), by: owner }));
  const last = stageHistory[stageHistory.length - 1];
  return {
    id, name: id, company: '', owner, tags: [], tierOverride: null, createdAt: stageHistory[0].at, archived: false,
    cadenceDays: null, stage: last.stage, stageEnteredAt: last.at, stageHistory, invalid: [],
  };
}
function ix(id: string, iso: string, kind: InteractionKind, sentiment: Sentiment, author = 'ann'): Interaction {
  return { id, kind, at: at(iso), when: { kind: 'dateTime', instant: at(iso) }, summary: `${kind} ${id}`, sentiment, amount: kind === 'purchase' ? { minor: 10_000, currency: 'EUR' } : null, author };
}
const fu = (id: string, due: string): FollowUp => ({ id, due, text: `do ${id}`, assignee: 'bob', done: false });

const alice = {
  card: card('alice', 'ann', [['prospect', '2025-03-01T09:00:00Z'], ['first_purchase', '2025-03-09T15:00:00Z']]),
  interactions: [
    ix('a1', '2025-03-02T10:00:00Z', 'call', 'positive'),
    ix('a2', '2025-03-09T15:00:00Z', 'purchase', 'positive'),
    ix('a3', '2025-03-10T03:30:00Z', 'email', 'negative'), // 23:30 EDT March 9 in New York
  ],
  followUps: [fu('f1', '2025-03-09')],
};
const bob = {
  card: card('bob', 'bea', [['prospect', '2025-03-05T12:00:00Z']]),
  interactions: [ix('b1', '2025-03-09T20:00:00Z', 'meeting', 'neutral', 'bea'), ix('b2', '2025-03-10T12:00:00Z', 'support', 'negative', 'bea')],
  followUps: [],
};

describe('timeline', () => {
  const index = buildTimeline([alice, bob], 'America/New_York');

  it('orders every event newest first, equal instants by id', () => {
    const ids = index.query().events.map((e) => e.id);
    expect(ids).toEqual([
      'bob:i:b2',
      'alice:f:f1', // due March 9: placed at the end of that local day (top of the day)
      'alice:i:a3',
      'bob:i:b1',
      'alice:i:a2', // same instant as the stage move: 'alice:i' < 'alice:s'
      'alice:s:1:' + at('2025-03-09T15:00:00Z'),
      'bob:s:0:' + at('2025-03-05T12:00:00Z'),
      'alice:i:a1',
      'alice:s:0:' + at('2025-03-01T09:00:00Z'),
    ]);
    const stage = index.query({ kinds: ['stage'] }).events[0];
    expect(stage).toMatchObject({ type: 'stage', fromStage: 'prospect', toStage: 'first_purchase', actor: 'ann' });
  });

  it('groups by local day in the given zone', () => {
    const days = index.query().groups().map((g) => [g.day, g.events.length]);
    expect(days).toEqual([['2025-03-10', 1], ['2025-03-09', 5], ['2025-03-05', 1], ['2025-03-02', 1], ['2025-03-01', 1]]);
    // In UTC the 03:30Z email falls on March 10.
    const utc = buildTimeline([alice, bob], 'UTC').query().groups().map((g) => [g.day, g.events.length]);
    expect(utc.slice(0, 2)).toEqual([['2025-03-10', 2], ['2025-03-09', 4]]);
    const rows = index.query().rows();
    // One row per event; the first of each day carries the day's header.
    expect(rows.length).toBe(9);
    expect(rows.map((r) => r.header)).toEqual([
      { day: '2025-03-10', count: 1 }, { day: '2025-03-09', count: 5 }, null, null, null, null,
      { day: '2025-03-05', count: 1 }, { day: '2025-03-02', count: 1 }, { day: '2025-03-01', count: 1 },
    ]);
    expect(rows.map((r) => r.event)).toEqual(index.query().events);
  });

  it('filters by kind, sentiment, owner, customer and period', () => {
    expect(index.query({ kinds: ['call', 'email'] }).events.map((e) => e.id)).toEqual(['alice:i:a3', 'alice:i:a1']);
    expect(index.query({ sentiments: ['negative'] }).events.map((e) => e.id)).toEqual(['bob:i:b2', 'alice:i:a3']);
    expect(index.query({ owners: ['bea'] }).length).toBe(3);
    expect(index.query({ customerIds: ['alice'], kinds: ['followUp', 'stage'] }).length).toBe(3);
    expect(index.query({ from: at('2025-03-09T00:00:00Z'), to: at('2025-03-09T23:59:59Z') }).length).toBe(3);
    // Cached per filter, whatever the order of its lists.
    expect(index.query({ kinds: ['email', 'call'] })).toBe(index.query({ kinds: ['call', 'email'] }));
  });

  it('pages by offset and by cursor', () => {
    const view = index.query();
    expect(view.page(2, 3).map((e) => e.id)).toEqual(view.events.slice(2, 5).map((e) => e.id));
    const seen: string[] = [];
    let cursor = null;
    do {
      const page = view.pageAfter(cursor, 4);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(view.events.map((e) => e.id));
  });

  it('a cursor stays valid when newer events arrive', () => {
    const live = buildTimeline([alice, bob], 'America/New_York');
    const first = live.query().pageAfter(null, 3);
    live.add(eventsForCustomer({ card: card('cy', 'ann', [['prospect', '2025-04-01T00:00:00Z']]), interactions: [], followUps: [] }, 'America/New_York'));
    const second = live.query().pageAfter(first.next, 3);
    expect(second.events[0].id).toBe(index.query().events[3].id);
  });

  it('replaces and removes one customer without touching others, and old views stay intact', () => {
    const live = buildTimeline([alice, bob], 'America/New_York');
    const before = live.query();
    const v0 = live.version;
    const edited = { ...alice, interactions: [ix('a9', '2025-03-11T12:00:00Z', 'gift', 'positive')] };
    live.setCustomer('alice', eventsForCustomer(edited, 'America/New_York'));
    expect(live.version).toBeGreaterThan(v0);
    expect(live.query({ customerIds: ['alice'] }).events.map((e) => e.kind)).toEqual(['gift', 'followUp', 'stage', 'stage']);
    expect(live.query({ customerIds: ['bob'] }).length).toBe(3);
    expect(before.length).toBe(9);
    live.removeCustomer('bob');
    expect(live.size).toBe(4);
    expect(live.query({ owners: ['bea'] }).length).toBe(0);
  });
});

describe('incremental merging', () => {
  const kinds: InteractionKind[] = ['call', 'email', 'purchase', 'note'];
  const eventArb = fc.record({
    customer: fc.integer({ min: 0, max: 5 }),
    n: fc.integer({ min: 0, max: 1_000_000 }),
    at: fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2025-12-31T00:00:00Z') }),
    kind: fc.integer({ min: 0, max: 3 }),
  });

  function toEvent(r: { customer: number; n: number; at: number; kind: number }): TimelineEvent {
    return {
      id: `c${r.customer}:i:${r.n}`, customerId: `c${r.customer}`, type: 'interaction', kind: kinds[r.kind], at: r.at, day: '2025-01-01',
      owner: 'ann', actor: 'ann', sentiment: 'neutral',
      interaction: { id: String(r.n), kind: kinds[r.kind], at: r.at, when: { kind: 'dateTime', instant: r.at }, summary: '', sentiment: 'neutral', amount: null, author: 'ann' },
    };
  }

  it('adding in batches and replacing customers equals sorting everything at once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(eventArb, { maxLength: 30 }), { maxLength: 6 }), fc.integer({ min: 0, max: 5 }), (batches, replaced) => {
        const unique = new Map<string, TimelineEvent>();
        const index = new TimelineIndex();
        for (const batch of batches) {
          const fresh = batch.map(toEvent).filter((e) => !unique.has(e.id));
          const dedup = [...new Map(fresh.map((e) => [e.id, e])).values()];
          for (const e of dedup) unique.set(e.id, e);
          index.add(dedup);
        }
        const replacement = [toEvent({ customer: replaced, n: 7, at: at('2025-06-01T00:00:00Z'), kind: 0 })];
        index.setCustomer(`c${replaced}`, replacement);
        const expected = [...unique.values()].filter((e) => e.customerId !== `c${replaced}`).concat(replacement).sort(compareEvents);
        expect(index.query().events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
      }),
      { numRuns: 200 },
    );
  });

  it('large indexes: single-customer splices and big merged batches match a full sort', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1500, maxLength: 3000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.array(eventArb, { maxLength: 40 })), { maxLength: 8 }),
        fc.array(eventArb, { minLength: 1200, maxLength: 1500 }),
        (initial, edits, bulk) => {
          const dedup = (events: TimelineEvent[]) => [...new Map(events.map((e) => [e.id, e])).values()];
          const truth = new Map<string, TimelineEvent[]>();
          const start = dedup(initial.map(toEvent));
          for (const e of start) truth.set(e.customerId, [...(truth.get(e.customerId) ?? []), e]);
          const index = new TimelineIndex(start);
          for (const [customer, raw] of edits) {
            const events = dedup(raw.map((r) => toEvent({ ...r, customer })));
            index.setCustomer(`c${customer}`, events);
            truth.set(`c${customer}`, events);
          }
          // A batch touching most customers takes the linear merge path.
          const big = new Map<string, TimelineEvent[]>();
          for (const e of dedup(bulk.map((r) => toEvent({ ...r, n: r.n + 2_000_000 })))) big.set(e.customerId, [...(big.get(e.customerId) ?? []), e]);
          index.update(big);
          for (const [id, events] of big) truth.set(id, events);
          const expected = [...truth.values()].flat().sort(compareEvents).map((e) => e.id);
          expect(index.query().events.map((e) => e.id)).toEqual(expected);
          expect(index.size).toBe(expected.length);
          expect(index.query({ customerIds: ['c3'] }).events.map((e) => e.id)).toEqual(expected.filter((id) => id.startsWith('c3:')));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('groupByDay keeps consecutive days together', () => {
    const events = [{ day: '2025-01-02' }, { day: '2025-01-02' }, { day: '2025-01-01' }] as TimelineEvent[];
    expect(groupByDay(events).map((g) => g.events.length)).toEqual([2, 1]);
  });
});
