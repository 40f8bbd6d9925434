import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../model/workspaceDoc';
import type { Interaction } from '../model/schemas';
import { buildRanking, computeTier, quintileScore } from './ranking';
import { summarizeCustomer, summarizeWorkspace, type CustomerInput } from './summary';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T12:00:00Z');

function card(id: string, extra: Partial<CustomerCard> = {}): CustomerCard {
  return {
    id, name: id.toUpperCase(), company: `${id} Inc`, owner: 'ann', tags: [], tierOverride: null,
    createdAt: NOW - 400 * DAY, archived: false, cadenceDays: null, stage: 'repeat',
    stageEnteredAt: NOW - 400 * DAY, stageHistory: [], invalid: [], ...extra,
  };
}

let seq = 0;
function purchase(daysAgo: number, amount: number | null): Interaction {
  return { id: `i${seq++}`, kind: 'purchase', at: NOW - daysAgo * DAY, when: { kind: 'dateTime', instant: NOW - daysAgo * DAY }, summary: 'order', sentiment: 'positive', amount: amount === null ? null : { minor: amount, currency: 'EUR' }, author: 'ann' };
}
function call(daysAgo: number): Interaction {
  return { id: `i${seq++}`, kind: 'call', at: NOW - daysAgo * DAY, when: { kind: 'dateTime', instant: NOW - daysAgo * DAY }, summary: 'chat', sentiment: 'neutral', amount: null, author: 'ann' };
}

/**
 * Hand-checked dataset (see ranking.ts for the rules). Buyers a, b, c, d, f (n = 5):
 *   recency days a 2, d 5, b 10, c 30, f 100 -> R: a 5, d 4, b 3, c 2, f 1
 *   frequency    d 5, a 3, c 2, b 1, f 1   -> F: d 5, a 4, c 3, b 1 and f 1 (tie at (0 + 2/2)/5 = 0.2 -> 1)
 *   monetary     b 1000, a 600, c 100, d 100, f 0 -> M: b 5, a 4, c and d 2 (tie (1 + 1)/5 = 0.4), f 1
 * Tiers over all 6 non-archived customers: A slots ceil(1.2) = 2, A+B slots ceil(3) = 3.
 *   b (0 above) A, a (1 above) A, c and d (2 above) B (tie overflows B), e and f (no value) C.
 */
function dataset(): CustomerInput[] {
  return [
    { card: card('a'), interactions: [purchase(2, 100), purchase(20, 200), purchase(40, 300), call(1)], followUps: [] },
    { card: card('b'), interactions: [purchase(10, 1000)], followUps: [] },
    { card: card('c', { tierOverride: 'A' }), interactions: [purchase(30, 50), purchase(35, 50)], followUps: [] },
    { card: card('d'), interactions: [5, 6, 7, 8, 9].map((d) => purchase(d, 20)), followUps: [] },
    { card: card('e'), interactions: [call(3)], followUps: [] },
    { card: card('f'), interactions: [purchase(100, null)], followUps: [] },
    // Archived and very valuable: must not push anyone down.
    { card: card('g', { archived: true }), interactions: [purchase(1, 5000)], followUps: [] },
  ];
}

describe('RFM and tiers on a known dataset', () => {
  const result = summarizeWorkspace(dataset(), { now: NOW, timeZone: 'UTC' });
  const s = (id: string) => result.byId.get(id)!;

  it('sums lifetime value and counts purchases', () => {
    expect([s('a').ltv, s('a').purchaseCount]).toEqual([600, 3]);
    expect([s('d').ltv, s('d').purchaseCount]).toEqual([100, 5]);
    expect([s('e').ltv, s('e').purchaseCount]).toEqual([0, 0]);
    expect([s('f').ltv, s('f').purchaseCount]).toEqual([0, 1]);
  });

  it('scores RFM by quintile with the hand-checked values', () => {
    expect(s('a').rfm).toMatchObject({ recency: 5, frequency: 4, monetary: 4, code: '544', recencyDays: 2 });
    expect(s('b').rfm?.code).toBe('315');
    expect(s('c').rfm?.code).toBe('232');
    expect(s('d').rfm?.code).toBe('452');
    expect(s('f').rfm?.code).toBe('111');
  });

  it('gives no RFM to customers without purchases or archived ones', () => {
    expect(s('e').rfm).toBeNull();
    expect(s('g').rfm).toBeNull();
  });

  it('assigns tiers with ties promoted and overrides winning', () => {
    expect(s('b').tier).toBe('A');
    expect(s('a').tier).toBe('A');
    expect(s('d').tier).toBe('B');
    expect(s('c')).toMatchObject({ tier: 'A', computedTier: 'B', tierOverridden: true });
    expect(s('e').tier).toBe('C');
    expect(s('f').tier).toBe('C');
    expect(result.ranking.size).toBe(6);
  });

  it('rescoring one customer against the workspace ranking matches the full run', () => {
    const input = dataset()[3];
    const alone = summarizeCustomer(input, { now: NOW, timeZone: 'UTC', ranking: result.ranking });
    expect(alone.rfm?.code).toBe('452');
    expect(alone.tier).toBe('B');
  });

  it('treats refunds as lowering value, not as purchases', () => {
    const input: CustomerInput = { card: card('r'), interactions: [purchase(10, 300), purchase(2, -100)], followUps: [] };
    const one = summarizeCustomer(input, { now: NOW, timeZone: 'UTC' });
    expect(one.ltv).toBe(200);
    expect(one.purchaseCount).toBe(1);
    expect(one.rfm?.recencyDays).toBe(10);
  });
});

describe('quintile scores', () => {
  it('splits ten distinct values into exact quintiles', () => {
    expect(Array.from({ length: 10 }, (_, i) => quintileScore(i, 1, 10))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('puts a fully tied population in the middle', () => {
    expect(quintileScore(0, 7, 7)).toBe(3);
    expect(quintileScore(0, 1, 1)).toBe(3);
  });

  it('tiers a 10-customer workspace 2 / 3 / 5 and respects custom shares', () => {
    const inputs = Array.from({ length: 10 }, (_, i) => ({ recencyDays: 1, purchaseCount: 1, ltv: (i + 1) * 10 }));
    const ranking = buildRanking(inputs);
    const tiers = inputs.map((x) => computeTier(x.ltv, ranking, { a: 0.2, b: 0.3 }));
    expect(tiers.join('')).toBe('CCCCCBBBAA');
    expect(inputs.map((x) => computeTier(x.ltv, ranking, { a: 0.1, b: 0.1 })).join('')).toBe('CCCCCCCCBA');
  });
});
