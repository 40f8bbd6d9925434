import { compareNames } from './order';
import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp, Interaction, Tier } from '../model/schemas';
import { calendarFor, type IsoDate, type LocalCalendar } from './calendar';
import { cadenceStatus, followUpStats, type CadenceStatus, type FollowUpStats } from './due';
import { interactionFacts, type InteractionFacts } from './facts';
import { assessHealth, type Health } from './health';
import { buildRanking, computeTier, scoreRfm, type Ranking, type RankingInput, type RfmScore } from './ranking';
import { DEFAULT_INSIGHT_SETTINGS, type InsightSettings } from './settings';

/** What one customer's figures are computed from: the card plus its customer doc's lists. */
export interface CustomerInput {
  card: CustomerCard;
  interactions: readonly Interaction[];
  followUps: readonly FollowUp[];
}

export interface InsightContext {
  /** "Now", epoch ms: passed in so results are reproducible and testable. */
  now: number;
  /** The user's IANA time zone, e.g. 'Europe/London'. */
  timeZone: string;
  settings?: InsightSettings;
  /** The workspace currency: lifetime values are in its minor units (default: the euro of earlier versions). */
  currency?: string;
}

/** Derived, per device, never synced (DESIGN.md section 3). */
export interface CustomerSummary {
  customerId: string;
  /** Latest interaction, epoch ms; null if never touched. */
  lastTouch: number | null;
  /** Its local calendar date. */
  lastTouchDate: IsoDate | null;
  /** Calendar days since the last touch (since creation if never touched), never negative. */
  daysSinceTouch: number;
  /** Lifetime value, minor units of the workspace currency. */
  ltv: number;
  /** Amounts in other currencies, not in `ltv`. */
  otherCurrencyAmounts: number;
  purchaseCount: number;
  lastPurchase: number | null;
  /** null for a customer without purchases (see ranking.ts). */
  rfm: RfmScore | null;
  /** Effective tier: the card's override when set, else the computed one. */
  tier: Tier;
  computedTier: Tier;
  tierOverridden: boolean;
  health: Health;
  cadence: CadenceStatus | null;
  followUps: FollowUpStats;
  /** Calendar days in the current stage. */
  daysInStage: number;
  negativeStreak: number;
}

interface Prepared {
  facts: InteractionFacts;
  ranking: RankingInput;
}

function prepare(input: CustomerInput, todayDay: number, calendar: LocalCalendar, currency: string | undefined): Prepared {
  const facts = interactionFacts(input.interactions, currency);
  const recencyDays = facts.lastPurchaseAt === null ? null : Math.max(0, todayDay - calendar.dayOf(facts.lastPurchaseAt));
  return { facts, ranking: { recencyDays, purchaseCount: facts.purchaseCount, ltv: facts.ltv } };
}

function finish(input: CustomerInput, prepared: Prepared, ranking: Ranking, today: IsoDate, todayDay: number, calendar: LocalCalendar, settings: InsightSettings): CustomerSummary {
  const { card } = input;
  const { facts } = prepared;
  const follow = followUpStats(input.followUps, today);
  // The tier first: without a cadence of its own, a customer gets its tier's.
  const computedTier = computeTier(facts.ltv, ranking, settings.tierShares);
  const tier = card.tierOverride ?? computedTier;
  const cadence = cadenceStatus(card.cadenceDays ?? settings.cadenceByTier[tier], facts.lastTouchAt, card.createdAt, todayDay, calendar);
  const daysSinceTouch = Math.max(0, todayDay - calendar.dayOf(facts.lastTouchAt ?? card.createdAt));
  const health = assessHealth(
    { stage: card.stage, daysSinceTouch, touched: facts.lastTouchAt !== null, cadence, negativeStreak: facts.negativeStreak, followUps: follow },
    settings,
  );
  return {
    customerId: card.id,
    lastTouch: facts.lastTouchAt,
    lastTouchDate: facts.lastTouchAt === null ? null : calendar.dateOf(facts.lastTouchAt),
    daysSinceTouch,
    ltv: facts.ltv,
    otherCurrencyAmounts: facts.otherCurrencyAmounts,
    purchaseCount: facts.purchaseCount,
    lastPurchase: facts.lastPurchaseAt,
    rfm: card.archived ? null : scoreRfm(prepared.ranking, ranking),
    tier,
    computedTier,
    tierOverridden: card.tierOverride !== null,
    health,
    cadence,
    followUps: follow,
    daysInStage: Math.max(0, todayDay - calendar.dayOf(card.stageEnteredAt)),
    negativeStreak: facts.negativeStreak,
  };
}

export interface WorkspaceSummaries {
  byId: Map<string, CustomerSummary>;
  /** The population ranking (non-archived customers): reuse it to rescore one customer after an edit. */
  ranking: Ranking;
  today: IsoDate;
}

/**
 * Every customer's summary in one pass: facts per customer, one ranking over the
 * non-archived customers, then scores. Archived customers get summaries too (their
 * value and touch history), but are not ranked and get no RFM.
 */
export function summarizeWorkspace(inputs: readonly CustomerInput[], context: InsightContext): WorkspaceSummaries {
  const settings = context.settings ?? DEFAULT_INSIGHT_SETTINGS;
  const calendar = calendarFor(context.timeZone);
  const todayDay = calendar.dayOf(context.now);
  const today = calendar.dateOf(context.now);
  const prepared = inputs.map((input) => prepare(input, todayDay, calendar, context.currency));
  const population: RankingInput[] = [];
  for (let i = 0; i < inputs.length; i++) if (!inputs[i].card.archived) population.push(prepared[i].ranking);
  const ranking = buildRanking(population);
  const byId = new Map<string, CustomerSummary>();
  for (let i = 0; i < inputs.length; i++) {
    byId.set(inputs[i].card.id, finish(inputs[i], prepared[i], ranking, today, todayDay, calendar, settings));
  }
  return { byId, ranking, today };
}

/**
 * One customer's summary against a workspace ranking (from summarizeWorkspace).
 * Without a ranking the customer is ranked alone: fine for a lone customer page,
 * wrong for tiers in a workspace, so pass the workspace's.
 */
export function summarizeCustomer(input: CustomerInput, context: InsightContext & { ranking?: Ranking }): CustomerSummary {
  const settings = context.settings ?? DEFAULT_INSIGHT_SETTINGS;
  const calendar = calendarFor(context.timeZone);
  const todayDay = calendar.dayOf(context.now);
  const prepared = prepare(input, todayDay, calendar, context.currency);
  const ranking = context.ranking ?? buildRanking(input.card.archived ? [] : [prepared.ranking]);
  return finish(input, prepared, ranking, calendar.dateOf(context.now), todayDay, calendar, settings);
}

export interface AtRiskEntry {
  card: CustomerCard;
  summary: CustomerSummary;
}

/**
 * "At risk, high value": non-archived customers, not Lost, whose effective tier is
 * in `settings.highValueTiers` (A by default) and whose health is not green; red
 * before amber, then most valuable first, then by name.
 */
export function atRiskHighValue(
  cards: readonly CustomerCard[],
  summaries: ReadonlyMap<string, CustomerSummary>,
  settings: InsightSettings = DEFAULT_INSIGHT_SETTINGS,
): AtRiskEntry[] {
  const out: AtRiskEntry[] = [];
  for (const card of cards) {
    const summary = summaries.get(card.id);
    if (!summary || card.archived || card.stage === 'lost' || summary.health.level === 'green') continue;
    if (!settings.highValueTiers.includes(summary.tier)) continue;
    out.push({ card, summary });
  }
  return out.sort(
    (a, b) =>
      (a.summary.health.level === b.summary.health.level ? 0 : a.summary.health.level === 'red' ? -1 : 1) ||
      b.summary.ltv - a.summary.ltv ||
      compareNames(a.card.name, b.card.name),
  );
}
