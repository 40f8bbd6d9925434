import type { Tier } from '../model/schemas';

/**
 * RFM scores and value tiers: both rank a customer against the workspace.
 *
 * The population is the customers passed to `buildRanking` (summarizeWorkspace passes
 * every non-archived customer). A ranking holds sorted arrays only, so scoring one
 * customer is two binary searches: after an edit the UI can rescore that customer
 * against the existing ranking and rebuild the ranking later in the background.
 *
 * RFM (1 = weakest, 5 = strongest), over customers with at least one purchase only:
 * - Recency: calendar days since the last purchase (fewer is better).
 * - Frequency: number of purchases. Monetary: lifetime value.
 * - Score by quintile of the mid-rank percentile: with `below` = customers strictly
 *   worse and `equal` = customers with the same value (the customer included),
 *   p = (below + equal / 2) / n and score = ceil(5 p), clamped to 1..5. Distinct
 *   values split into exact quintiles (10 customers: 2 per score); equal values
 *   always get equal scores; a tie group sits at its middle, so a workspace where
 *   everyone bought once scores F = 3 for all rather than all 1 or all 5.
 * - Customers with no purchase get no RFM (null): they are prospects, not weak buyers,
 *   and are left out of the population so they do not drag buyers' scores up.
 *
 * Tiers, by lifetime value, over the whole population (buyers or not):
 * - Slots: A = the top ceil(20% of n) places, B = the next places up to ceil(50% of n),
 *   C = the rest (shares settable).
 * - Ties: a customer's place is the number of customers with strictly greater value,
 *   so a tie group takes the best tier any of its members reaches (it may overflow
 *   the share); equal value always means equal tier.
 * - A customer with no value (0 or less) is always C, whatever the slots.
 * - The manual override on the card (tierOverride) wins over the computed tier;
 *   that is applied in summary.ts, which keeps both.
 */

export interface RankingInput {
  /** null for a customer without purchases. */
  recencyDays: number | null;
  purchaseCount: number;
  ltv: number;
}

export interface Ranking {
  /** Population size (every customer). */
  size: number;
  /** Buyers only, ascending. */
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  /** Everyone, ascending. */
  value: Float64Array;
}

export interface RfmScore {
  recency: number;
  frequency: number;
  monetary: number;
  /** Days since the last purchase, the raw recency figure. */
  recencyDays: number;
  /** e.g. "545": the usual compact RFM notation. */
  code: string;
}

function sorted(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

export function buildRanking(inputs: readonly RankingInput[]): Ranking {
  const r: number[] = [];
  const f: number[] = [];
  const m: number[] = [];
  const v: number[] = [];
  for (const input of inputs) {
    v.push(input.ltv);
    if (input.recencyDays === null || input.purchaseCount === 0) continue;
    r.push(input.recencyDays);
    f.push(input.purchaseCount);
    m.push(input.ltv);
  }
  return { size: inputs.length, recencyDays: sorted(r), frequency: sorted(f), monetary: sorted(m), value: sorted(v) };
}

/** First index whose value is >= x. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quintile score from counts. A customer missing from the population (scored
 * against an older ranking) is placed as if inserted: one more member, tie of one.
 */
export function quintileScore(below: number, equal: number, n: number): number {
  const size = equal === 0 ? n + 1 : n;
  const p = (below + Math.max(equal, 1) / 2) / size;
  return Math.min(5, Math.max(1, Math.ceil(5 * p - 1e-9)));
}

/** Higher is better (frequency, monetary). */
function scoreHigherBetter(a: Float64Array, x: number): number {
  const lo = lowerBound(a, x);
  return quintileScore(lo, upperBound(a, x) - lo, a.length);
}

/** Lower is better (recency in days). */
function scoreLowerBetter(a: Float64Array, x: number): number {
  const hi = upperBound(a, x);
  return quintileScore(a.length - hi, hi - lowerBound(a, x), a.length);
}

export function scoreRfm(input: RankingInput, ranking: Ranking): RfmScore | null {
  if (input.recencyDays === null || input.purchaseCount === 0) return null;
  const recency = scoreLowerBetter(ranking.recencyDays, input.recencyDays);
  const frequency = scoreHigherBetter(ranking.frequency, input.purchaseCount);
  const monetary = scoreHigherBetter(ranking.monetary, input.ltv);
  return { recency, frequency, monetary, recencyDays: input.recencyDays, code: `${recency}${frequency}${monetary}` };
}

/** Number of places given to the first `share` of n (a small epsilon keeps 0.2 * 10 at 2, not 3). */
function slots(n: number, share: number): number {
  return Math.ceil(n * share - 1e-9);
}

export function computeTier(ltv: number, ranking: Ranking, shares: { a: number; b: number }): Tier {
  if (!(ltv > 0)) return 'C';
  const n = ranking.size;
  const above = ranking.value.length - upperBound(ranking.value, ltv);
  if (above < slots(n, shares.a)) return 'A';
  if (above < slots(n, shares.a + shares.b)) return 'B';
  return 'C';
}
