import { pathToFileURL } from 'node:url';
import type { CustomerCard } from '../src/shared/model/workspaceDoc';
import { INTERACTION_KINDS, SENTIMENTS, type FollowUp, type Interaction, type StageEntry } from '../src/shared/model/schemas';
import { PATH_STAGES, type Stage } from '../src/shared/stages';
import { summarizeWorkspace, type CustomerInput } from '../src/shared/insights/summary';
import { boardData } from '../src/shared/insights/board';
import { todayData } from '../src/shared/insights/today';
import { funnelConversion } from '../src/shared/insights/funnel';
import { sentimentOverTime } from '../src/shared/insights/distribution';
import { isoFromDayNumber } from '../src/shared/insights/calendar';
import { buildTimeline, eventsForCustomer } from '../src/shared/timeline/build';

/**
 * Issue 3's insight figures on 5,000 customers with 100,000 interactions (seeded,
 * deterministic): every customer's summary (value, RFM, tiers, health, cadence),
 * board columns, Today lists, funnel and sentiment, and the 100,000-event timeline.
 * Targets: summaries (tiers/RFM for all) <= 100 ms; board and Today <= 200 ms each,
 * counted with the summaries they need.
 */

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 5000);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 100_000);
const NOW = Date.parse('2026-03-15T15:00:00Z');
const DAY = 86_400_000;
const ZONE = 'America/New_York';

/** mulberry32: a small seeded PRNG, so every run measures the same workspace. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateInsightWorkspace(customers = CUSTOMERS, interactions = INTERACTIONS, seed = 42): CustomerInput[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const owners = ['ann', 'bob', 'chen', 'dara', 'eli'];
  const inputs: CustomerInput[] = [];
  let left = interactions;
  for (let c = 0; c < customers; c++) {
    const id = `cust-${c}`;
    const createdAt = NOW - Math.floor(rand() * 900 + 10) * DAY;
    // Stage history: a walk along the path, sometimes into At risk / Lost.
    const history: StageEntry[] = [{ stage: 'prospect', at: createdAt, by: pick(owners) }];
    let t = createdAt;
    const steps = Math.floor(rand() * 5);
    for (let s = 1; s <= steps; s++) {
      t += Math.floor(rand() * 120 + 1) * DAY;
      if (t >= NOW) break;
      const stage: Stage = rand() < 0.12 ? pick(['at_risk', 'lost'] as const) : PATH_STAGES[Math.min(s, PATH_STAGES.length - 1)];
      history.push({ stage, at: t, by: pick(owners) });
    }
    const last = history[history.length - 1];
    const card: CustomerCard = {
      id,
      name: `Customer ${c}`,
      company: `Company ${c % 1700}`,
      owner: pick(owners),
      tags: rand() < 0.3 ? ['vip'] : [],
      tierOverride: rand() < 0.02 ? pick(['A', 'B', 'C'] as const) : null,
      createdAt,
      archived: rand() < 0.03,
      cadenceDays: rand() < 0.4 ? pick([14, 30, 60, 90]) : null,
      stage: last.stage,
      stageEnteredAt: last.at,
      stageHistory: history,
      invalid: [],
    };
    // Spread the interactions unevenly (some customers have many, prospects few).
    const remainingCustomers = customers - c;
    const mean = left / remainingCustomers;
    const count = c === customers - 1 ? left : Math.min(left, Math.floor(rand() * 2 * mean + 0.5));
    left -= count;
    const list: Interaction[] = [];
    for (let k = 0; k < count; k++) {
      const kind = rand() < 0.25 ? 'purchase' : pick(INTERACTION_KINDS);
      const at = createdAt + Math.floor(rand() * (NOW - createdAt));
      list.push({
        id: `${id}-i${k}`,
        kind,
        at,
        when: { kind: 'dateTime', instant: at },
        summary: 'Talked about the next order',
        sentiment: pick(SENTIMENTS),
        amount: kind === 'purchase' ? { minor: Math.floor(rand() * 400 + 1) * 2500, currency: 'EUR' } : null,
        author: card.owner,
      });
    }
    const followUps: FollowUp[] = [];
    const nFollow = Math.floor(rand() * 3);
    for (let k = 0; k < nFollow; k++) {
      followUps.push({
        id: `${id}-f${k}`,
        due: isoFromDayNumber(Math.floor(NOW / DAY) + Math.floor(rand() * 40) - 25),
        text: 'Send the quote',
        assignee: pick(owners),
        done: rand() < 0.3,
      });
    }
    inputs.push({ card, interactions: list, followUps });
  }
  return inputs;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Median and p95 of `runs` timed runs after `warmup` untimed ones. */
function measure(fn: () => unknown, runs = 15, warmup = 3): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(time(fn).ms);
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  return { median: round(at(50)), p95: round(at(95)) };
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

export async function run(): Promise<Record<string, unknown>> {
  const generated = time(() => generateInsightWorkspace());
  const inputs = generated.value;
  const cards = inputs.map((i) => i.card);
  const followUpsById = new Map(inputs.map((i) => [i.card.id, i.followUps]));
  const interactionCount = inputs.reduce((n, i) => n + i.interactions.length, 0);
  const context = { now: NOW, timeZone: ZONE };

  // Cold: the first run in a fresh process (JIT not warmed up), what a user sees once.
  const cold = time(() => summarizeWorkspace(inputs, context));
  const summaries = summarizeWorkspace(inputs, context);

  const summarize = measure(() => summarizeWorkspace(inputs, context));
  const board = measure(() => boardData(cards, summaries.byId));
  const today = measure(() => todayData(cards, followUpsById, summaries.byId, { today: summaries.today }));
  const boardWithSummaries = measure(() => boardData(cards, summarizeWorkspace(inputs, context).byId));
  const todayWithSummaries = measure(() => {
    const s = summarizeWorkspace(inputs, context);
    return todayData(cards, followUpsById, s.byId, { today: s.today });
  });
  const year = { from: NOW - 365 * DAY, to: NOW };
  const funnel = measure(() => funnelConversion(cards, year));
  const allInteractions = inputs.flatMap((i) => i.interactions);
  const sentiment = measure(() => sentimentOverTime(allInteractions, { bucket: 'week', timeZone: ZONE, period: year }));

  // Timeline: build once, then the UI's operations.
  const timelineBuild = measure(() => buildTimeline(inputs, ZONE), 5, 1);
  const timeline = buildTimeline(inputs, ZONE);
  // Views are cached per filter: a different `to` each run forces a real scan.
  let bust = 0;
  const filtered = measure(() => timeline.query({ kinds: ['call', 'meeting'], sentiments: ['negative'], to: NOW + ++bust }));
  const rows = measure(() => {
    // A fresh view each time, so rows are really built.
    timeline.setCustomer('cust-0', eventsForCustomer(inputs[0], ZONE));
    return timeline.query({ owners: ['ann'] }).rows().length;
  });
  const edits: number[] = [];
  for (let i = 0; i < 50; i++) {
    const input = inputs[(i * 97) % inputs.length];
    const edited = { ...input, interactions: [...input.interactions, { ...input.interactions[0] ?? allInteractions[0], id: `new-${i}`, at: NOW }] };
    edits.push(time(() => timeline.setCustomer(input.card.id, eventsForCustomer(edited, ZONE))).ms);
  }
  edits.sort((a, b) => a - b);

  const tiers = { A: 0, B: 0, C: 0 };
  for (const s of summaries.byId.values()) tiers[s.tier]++;

  return {
    customers: cards.length,
    interactions: interactionCount,
    timelineEvents: timeline.size,
    generateMs: round(generated.ms),
    summariesColdMs: round(cold.ms),
    summariesMs: summarize,
    boardFromSummariesMs: board,
    todayFromSummariesMs: today,
    boardWithSummariesMs: boardWithSummaries,
    todayWithSummariesMs: todayWithSummaries,
    funnelYearMs: funnel,
    sentimentWeeklyYearMs: sentiment,
    timelineBuildMs: timelineBuild,
    timelineFilterMs: filtered,
    timelineReplaceCustomerAndRowsMs: rows,
    timelineReplaceCustomerP95Ms: round(edits[Math.ceil(0.95 * edits.length) - 1], 2),
    tierCounts: tiers,
    targets: { summariesMs: 100, boardMs: 200, todayMs: 200 },
    meetsTargets:
      summarize.median <= 100 && boardWithSummaries.median <= 200 && todayWithSummaries.median <= 200,
    notes: 'median/p95 of 15 runs after 3 warm-ups; "with summaries" recomputes every summary (value, RFM, tiers, health) first',
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
