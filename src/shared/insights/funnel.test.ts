import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../model/workspaceDoc';
import type { Interaction, StageEntry } from '../model/schemas';
import type { Stage } from '../stages';
import { boardData } from './board';
import { funnelConversion, stageCounts } from './funnel';
import { sentimentOverTime, valueByTier } from './distribution';
import { resolveInsightSettings } from './settings';
import { summarizeWorkspace } from './summary';

const D = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

function withHistory(id: string, moves: [Stage, string][], extra: Partial<CustomerCard> = {}): CustomerCard {
  const history: StageEntry[] = moves.map(([stage, day]) => ({ stage, at: D(day), by: 'ann' }));
  const last = history[history.length - 1];
  return {
    id, name: id, company: '', owner: 'ann', tags: [], tierOverride: null, createdAt: history[0].at, archived: false,
    cadenceDays: null, stage: last.stage, stageEnteredAt: last.at, stageHistory: history, invalid: [], ...extra,
  };
}

/**
 * Period: March 2025. Hand-made histories:
 *   p1 prospect (Feb) -> first_purchase (Mar 10) -> repeat (Apr 2, after the period)
 *   p2 prospect (Feb), stays
 *   p3 prospect (Mar 5) -> first_purchase (Mar 20) -> repeat (Mar 25)
 *   p4 prospect (Mar 3) -> repeat (Mar 8): skips first purchase
 *   p5 first_purchase (Jan) -> at_risk (Feb) -> repeat (Mar 12): not in first_purchase's cohort
 *      at the start (it was At risk), so it counts nowhere for that pair
 *   p6 repeat (Jan) -> loyalist (Mar 1) -> advocate (Mar 30)
 *   p7 prospect (Apr 5): created after the period
 *   p8 archived, prospect (Feb) -> first_purchase (Mar 3): left out
 * Cohorts and conversions:
 *   prospect -> first_purchase: cohort p1, p2, p3, p4 = 4; converted p1, p3, p4 (skip counts) = 3
 *   first_purchase -> repeat:   cohort p1, p3 = 2 (p4 never entered it); converted p3 = 1 (p1 only in April)
 *   repeat -> loyalist:         cohort p3, p4, p5, p6 (in repeat at the start) = 4; converted p6 = 1
 *   loyalist -> advocate:       cohort p6 = 1; converted 1
 */
const cards = [
  withHistory('p1', [['prospect', '2025-02-01'], ['first_purchase', '2025-03-10'], ['repeat', '2025-04-02']]),
  withHistory('p2', [['prospect', '2025-02-01']]),
  withHistory('p3', [['prospect', '2025-03-05'], ['first_purchase', '2025-03-20'], ['repeat', '2025-03-25']]),
  withHistory('p4', [['prospect', '2025-03-03'], ['repeat', '2025-03-08']]),
  withHistory('p5', [['first_purchase', '2025-01-10'], ['at_risk', '2025-02-10'], ['repeat', '2025-03-12']]),
  withHistory('p6', [['repeat', '2025-01-05'], ['loyalist', '2025-03-01'], ['advocate', '2025-03-30']]),
  withHistory('p7', [['prospect', '2025-04-05']]),
  withHistory('p8', [['prospect', '2025-02-01'], ['first_purchase', '2025-03-03']], { archived: true }),
];
const march = { from: Date.parse('2025-03-01T00:00:00Z'), to: Date.parse('2025-03-31T23:59:59Z') };

describe('funnel', () => {
  it('computes conversion between consecutive path stages from histories', () => {
    const result = funnelConversion(cards, march);
    expect(result.map((r) => [r.from, r.to, r.cohort, r.converted])).toEqual([
      ['prospect', 'first_purchase', 4, 3],
      ['first_purchase', 'repeat', 2, 1],
      ['repeat', 'loyalist', 4, 1],
      ['loyalist', 'advocate', 1, 1],
    ]);
    expect(result[0].rate).toBe(0.75);
  });

  it('includes archived customers only when asked', () => {
    const result = funnelConversion(cards, march, { includeArchived: true });
    expect([result[0].cohort, result[0].converted]).toEqual([5, 4]);
    expect([result[1].cohort, result[1].converted]).toEqual([3, 1]);
  });

  it('gives a null rate for an empty cohort', () => {
    const result = funnelConversion([], march);
    expect(result.every((r) => r.cohort === 0 && r.rate === null)).toBe(true);
  });

  it('counts customers per stage now', () => {
    const counts = stageCounts(cards);
    expect(Object.fromEntries(counts.map((c) => [c.stage, c.count]))).toEqual({
      prospect: 2, first_purchase: 0, repeat: 4, loyalist: 0, advocate: 1, at_risk: 0, lost: 0,
    });
  });
});

describe('board data', () => {
  const now = Date.parse('2025-04-10T12:00:00Z');
  const buy = (id: string, amount: number): Interaction => ({ id, kind: 'purchase', at: now - 86_400_000, when: { kind: 'dateTime', instant: now - 86_400_000 }, summary: '', sentiment: 'positive', amount: { minor: amount, currency: 'EUR' }, author: 'ann' });
  const inputs = cards.map((card, i) => ({ card, interactions: [buy(`b${i}`, (i + 1) * 100)], followUps: [] }));
  const { byId } = summarizeWorkspace(inputs, { now, timeZone: 'UTC' });

  it('builds one column per stage with counts, totals, time in stage and idle flags', () => {
    const columns = boardData(cards, byId);
    expect(columns.map((c) => c.label)).toEqual(['Prospect', 'First purchase', 'Repeat customer', 'Loyalist', 'Advocate', 'At risk', 'Lost']);
    const prospect = columns[0];
    // p2 since Feb 1 (68 days, idle past 14), p7 since Apr 5 (5 days). Oldest first.
    expect(prospect.cards.map((c) => [c.card.id, c.daysInStage, c.idle])).toEqual([['p2', 68, true], ['p7', 5, false]]);
    expect([prospect.count, prospect.totalValue, prospect.idleCount]).toEqual([2, 200 + 700, 1]);
    const repeat = columns[2];
    expect(repeat.cards.map((c) => c.card.id)).toEqual(['p4', 'p5', 'p3', 'p1']);
    expect(repeat.totalValue).toBe(100 + 300 + 400 + 500);
    expect(repeat.cards.every((c) => !c.idle)).toBe(true);
  });

  it('uses per-stage thresholds from settings', () => {
    const settings = resolveInsightSettings({ stageIdleDays: { prospect: 70, repeat: 0 } });
    const columns = boardData(cards, byId, settings);
    // Prospect counts days in the stage: p2's 68 are now within 70.
    expect(columns[0].cards.some((c) => c.idle)).toBe(false);
    // Repeat counts days without a touch: every card bought yesterday, past 0.
    expect(columns[2].cards.filter((c) => c.idle).map((c) => [c.card.id, c.idleReason])).toEqual([
      ['p4', 'Idle: no touch in 1 day (flagged after 0 days)'],
      ['p5', 'Idle: no touch in 1 day (flagged after 0 days)'],
      ['p3', 'Idle: no touch in 1 day (flagged after 0 days)'],
      ['p1', 'Idle: no touch in 1 day (flagged after 0 days)'],
    ]);
  });

  it('sorts by value on request', () => {
    expect(boardData(cards, byId, undefined, 'value')[2].cards.map((c) => c.card.id)).toEqual(['p5', 'p4', 'p3', 'p1']);
  });

  it('distributes value by effective tier', () => {
    const rows = valueByTier(cards, byId);
    expect(rows.map((r) => [r.tier, r.customers, r.totalValue])).toEqual([['A', 2, 1300], ['B', 2, 900], ['C', 3, 600]]);
    expect(rows.reduce((s, r) => s + r.valueShare, 0)).toBeCloseTo(1);
  });
});

describe('sentiment over time', () => {
  const i = (iso: string, sentiment: 'positive' | 'neutral' | 'negative') => ({ at: Date.parse(iso), sentiment });
  const data = [
    i('2025-03-03T10:00:00Z', 'positive'),
    i('2025-03-09T23:30:00Z', 'negative'), // Sunday 23:30 UTC, but Monday in Auckland
    i('2025-03-20T10:00:00Z', 'neutral'),
    i('2025-04-01T10:00:00Z', 'positive'),
  ];

  it('buckets by local ISO week with empty weeks filled', () => {
    const weeks = sentimentOverTime(data, { bucket: 'week', timeZone: 'UTC' });
    expect(weeks.map((w) => [w.key, w.positive, w.neutral, w.negative])).toEqual([
      ['2025-03-03', 1, 0, 1], ['2025-03-10', 0, 0, 0], ['2025-03-17', 0, 1, 0], ['2025-03-24', 0, 0, 0], ['2025-03-31', 1, 0, 0],
    ]);
    expect(weeks[0].net).toBe(0);
    const auckland = sentimentOverTime(data, { bucket: 'week', timeZone: 'Pacific/Auckland' });
    expect(auckland[1]).toMatchObject({ key: '2025-03-10', negative: 1 });
  });

  it('buckets by month within a period', () => {
    const months = sentimentOverTime(data, { bucket: 'month', timeZone: 'UTC', period: { from: Date.parse('2025-02-01T00:00:00Z'), to: Date.parse('2025-03-31T00:00:00Z') } });
    expect(months.map((m) => [m.key, m.total])).toEqual([['2025-02', 0], ['2025-03', 3]]);
    expect(months[1].net).toBeCloseTo(0);
  });
});
