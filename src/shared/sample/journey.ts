import type { InteractionKind, Sentiment } from '../model/schemas';
import type { Stage } from '../stages';
import type { Random } from './random';
import { LOST_ENDINGS } from './vocabulary';

/**
 * One sample customer's story, planned before anything is written, in whole days
 * before today ("ago"), so that what the app derives from it holds together:
 * - a Prospect has bought nothing; First purchase has exactly one purchase; a Repeat
 *   customer two to four; Loyalists and Advocates many, the latest recent;
 * - At risk customers bought long ago and their latest interactions went badly;
 * - Lost customers bought long ago and have heard nothing for half a year or more
 *   (so their health is red for no touch);
 * - sentiment follows the relationship: warm for loyalists, cool for the ones drifting away;
 * - every stage move happens when the history says it did (First purchase on the day
 *   of the first purchase, Repeat customer on the second...).
 */

export interface Touch {
  ago: number;
  kind: InteractionKind;
  sentiment: Sentiment;
  /** A fixed summary (the referral that made an Advocate, a Lost customer's last word). */
  summary?: string;
}

export interface StageMove {
  stage: Stage;
  ago: number;
}

export type FollowUpPlan = 'none' | 'overdue' | 'today' | 'upcoming';

export interface Journey {
  stage: Stage;
  createdAgo: number;
  /** Oldest first. */
  purchases: Touch[];
  /** Every other interaction. */
  touches: Touch[];
  /** Moves after the Prospect entry made at creation, oldest first. */
  moves: StageMove[];
  cadenceDays: number | null;
  followUp: FollowUpPlan;
  /** Larger order values for the customers who buy most. */
  valueFactor: number;
}

type Phase = 'presale' | 'active' | 'decline';
type Weights<T extends string> = readonly (readonly [T, number])[];

const KINDS: Record<Phase, Weights<InteractionKind>> = {
  presale: [['call', 3], ['email', 3], ['meeting', 2], ['message', 2], ['note', 1]],
  active: [['call', 3], ['email', 3], ['meeting', 2], ['message', 2], ['support', 2], ['feedback', 1], ['gift', 1], ['note', 1]],
  decline: [['support', 3], ['feedback', 2], ['call', 2], ['email', 2], ['message', 1], ['note', 1]],
};

/** [positive, neutral, negative] weights while a customer is buying, per stage. */
const ACTIVE_MOOD: Record<Stage, readonly [number, number, number]> = {
  prospect: [35, 55, 10],
  first_purchase: [50, 42, 8],
  repeat: [55, 38, 7],
  loyalist: [70, 27, 3],
  advocate: [80, 18, 2],
  at_risk: [45, 45, 10],
  lost: [40, 45, 15],
};
const PRESALE_MOOD = [35, 57, 8] as const;
const DECLINE_MOOD: Record<'at_risk' | 'lost', readonly [number, number, number]> = { at_risk: [10, 40, 50], lost: [5, 35, 60] };

function weighted<T extends string>(random: Random, weights: Weights<T>): T {
  const total = weights.reduce((n, [, w]) => n + w, 0);
  let roll = random.next() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weights[0][0];
}

function mood(random: Random, [positive, neutral, negative]: readonly [number, number, number]): Sentiment {
  return weighted<Sentiment>(random, [['positive', positive], ['neutral', neutral], ['negative', negative]]);
}

/**
 * `count` days, oldest first: the newest `newestAgo`, the others `gapMin`..`gapMax`
 * days apart, squeezed to stay after `oldestLimitAgo` (exclusive).
 */
function spaced(random: Random, count: number, newestAgo: number, oldestLimitAgo: number, gapMin: number, gapMax: number): number[] {
  const gaps = Array.from({ length: count - 1 }, () => random.int(gapMin, gapMax));
  const span = gaps.reduce((a, b) => a + b, 0);
  const room = oldestLimitAgo - 1 - newestAgo;
  const scale = span > room && span > 0 ? room / span : 1;
  const days = [newestAgo];
  for (const gap of gaps) days.push(days[days.length - 1] + Math.max(1, Math.floor(gap * scale)));
  return days.map((d) => Math.min(d, oldestLimitAgo - 1)).reverse();
}

interface Shape {
  purchases: number;
  newestPurchaseAgo: number;
  gap: [number, number];
  lastTouchAgo: number;
  /** Days between the card's creation and the first purchase (or the first touch). */
  leadIn: number;
}

/** How many purchases, how recent, and when the last touch was, per stage. */
function shape(random: Random, stage: Stage): Shape {
  const leadIn = random.int(10, 120);
  switch (stage) {
    case 'prospect':
      // Most prospects are being worked on; some have gone quiet.
      return { purchases: 0, newestPurchaseAgo: 0, gap: [0, 0], lastTouchAgo: random.chance(0.7) ? random.int(1, 20) : random.int(25, 90), leadIn: random.int(5, 120) };
    case 'first_purchase': {
      // Onboarding: the latest touch came after the purchase.
      const bought = random.int(3, 150);
      return { purchases: 1, newestPurchaseAgo: bought, gap: [0, 0], lastTouchAgo: random.int(1, Math.min(bought, 40)), leadIn };
    }
    case 'repeat':
      return { purchases: random.int(2, 4), newestPurchaseAgo: random.int(3, 90), gap: [30, 120], lastTouchAgo: random.chance(0.7) ? random.int(1, 30) : random.int(31, 60), leadIn };
    case 'loyalist':
      return { purchases: random.int(5, 9), newestPurchaseAgo: random.int(2, 40), gap: [20, 80], lastTouchAgo: random.int(1, 25), leadIn };
    case 'advocate':
      return { purchases: random.int(6, 11), newestPurchaseAgo: random.int(1, 30), gap: [20, 70], lastTouchAgo: random.int(1, 20), leadIn };
    case 'at_risk':
      return { purchases: random.int(2, 6), newestPurchaseAgo: random.int(150, 420), gap: [30, 100], lastTouchAgo: random.int(20, 70), leadIn };
    case 'lost': {
      const newest = random.int(300, 800);
      return { purchases: random.int(1, 5), newestPurchaseAgo: newest, gap: [30, 100], lastTouchAgo: random.int(180, Math.max(181, newest - 5)), leadIn };
    }
  }
}

const CADENCES: Record<Stage, { chance: number; days: readonly number[] }> = {
  prospect: { chance: 0.25, days: [14, 30] },
  first_purchase: { chance: 0.35, days: [30] },
  repeat: { chance: 0.4, days: [30, 60] },
  loyalist: { chance: 0.5, days: [30, 60, 90] },
  advocate: { chance: 0.4, days: [60, 90] },
  // Accounts at risk are watched closely: all of them have a short cadence (and are past it).
  at_risk: { chance: 1, days: [14] },
  lost: { chance: 0, days: [] },
};

/**
 * Plans a customer's journey. `snap` moves a day (days ago) to the working day it
 * is logged on (a Sunday to the Friday before), so that two days that land on the
 * same working day are seen as the same day here too.
 */
export function planJourney(random: Random, stage: Stage, interactionsPerCustomer: number, followUp: FollowUpPlan, snap: (ago: number) => number): Journey {
  const s = shape(random, stage);
  s.lastTouchAgo = snap(s.lastTouchAgo);
  // Purchases, oldest first, all at least three days after the card was created.
  const purchaseDays = s.purchases === 0 ? [] : spaced(random, s.purchases, s.newestPurchaseAgo, s.newestPurchaseAgo + 1 + (s.purchases - 1) * s.gap[1] + 1, s.gap[0], s.gap[1]).map(snap);
  const firstActivity = Math.max(purchaseDays[0] ?? 0, s.lastTouchAgo);
  const createdAgo = snap(firstActivity + s.leadIn + 3);
  const lastTouchAgo = Math.min(s.lastTouchAgo, purchaseDays[purchaseDays.length - 1] ?? Infinity);
  const firstPurchaseAgo = purchaseDays[0] ?? -1;
  const lastPurchaseAgo = purchaseDays[purchaseDays.length - 1] ?? -1;

  const phaseOf = (ago: number): Phase =>
    purchaseDays.length === 0 || ago > firstPurchaseAgo ? 'presale' : (stage === 'at_risk' || stage === 'lost') && ago < lastPurchaseAgo ? 'decline' : 'active';
  const sentimentIn = (phase: Phase): Sentiment =>
    phase === 'presale' ? mood(random, PRESALE_MOOD) : phase === 'decline' ? mood(random, DECLINE_MOOD[stage as 'at_risk' | 'lost']) : mood(random, ACTIVE_MOOD[stage]);

  // People buy when things go well: a purchase is never negative, except from customers drifting away.
  const purchases: Touch[] = purchaseDays.map((ago) => {
    const sentiment = mood(random, ACTIVE_MOOD[stage]);
    return { ago, kind: 'purchase', sentiment: sentiment === 'negative' && stage !== 'at_risk' && stage !== 'lost' ? 'neutral' : sentiment };
  });

  // Other interactions: about the requested average in all (purchases included), at least one.
  const total = Math.max(0, Math.round(interactionsPerCustomer * (0.5 + random.next())));
  const others = Math.max(1, total - purchases.length);
  const touches: Touch[] = [];
  const oldest = createdAgo - 3;
  for (let k = 0; k < others; k++) {
    // The latest touch sets the cadence clock; the rest lean towards recent months, as a live relationship does.
    const ago = k === 0 ? s.lastTouchAgo : snap(s.lastTouchAgo + Math.floor(random.next() ** 1.6 * Math.max(0, oldest - s.lastTouchAgo)));
    const phase = phaseOf(ago);
    touches.push({ ago, kind: weighted(random, KINDS[phase]), sentiment: sentimentIn(phase) });
  }

  const moves: StageMove[] = [];
  if (purchaseDays.length >= 1) moves.push({ stage: 'first_purchase', ago: purchaseDays[0] });
  if (purchaseDays.length >= 2) moves.push({ stage: 'repeat', ago: purchaseDays[1] });
  if (purchaseDays.length >= 5 && stage !== 'repeat') moves.push({ stage: 'loyalist', ago: purchaseDays[4] });
  if (stage === 'advocate') {
    // The referral that made them an advocate, sometime after they became a loyalist.
    const ago = snap(random.int(Math.max(1, lastTouchAgo), Math.max(1, purchaseDays[4] - 1)));
    moves.push({ stage: 'advocate', ago });
    touches.push({ ago, kind: 'feedback', sentiment: 'positive', summary: 'Referred a peer from their trade association' });
  }
  if (stage === 'at_risk') moves.push({ stage: 'at_risk', ago: snap(random.int(3, Math.max(3, lastPurchaseAgo - 60))) });
  if (stage === 'lost') {
    const lostAgo = snap(random.int(30, Math.max(30, s.lastTouchAgo - 14)));
    if (lastPurchaseAgo - 30 > s.lastTouchAgo + 10) moves.push({ stage: 'at_risk', ago: snap(random.int(s.lastTouchAgo + 10, lastPurchaseAgo - 30)) });
    moves.push({ stage: 'lost', ago: lostAgo });
  }

  // The latest day's interactions say where the relationship stands.
  const everything = [...touches, ...purchases];
  const latestAgo = Math.min(...everything.map((t) => t.ago));
  const latest = everything.filter((t) => t.ago === latestAgo);
  for (const t of latest) {
    if (stage === 'loyalist' || stage === 'advocate') t.sentiment = 'positive';
    else if ((stage === 'first_purchase' || stage === 'repeat') && t.sentiment === 'negative') t.sentiment = 'neutral';
    else if (stage === 'at_risk' || stage === 'lost') t.sentiment = 'negative';
  }
  if (stage === 'lost') {
    const ending = latest.find((t) => t.kind !== 'purchase')!;
    Object.assign(ending, { kind: 'note', summary: random.pick(LOST_ENDINGS) });
  }

  const cadence = CADENCES[stage];
  const cadenceDays = random.chance(cadence.chance) ? random.pick(cadence.days) : null;
  const valueFactor = stage === 'loyalist' || stage === 'advocate' ? 1.5 : 1;
  return { stage, createdAgo, purchases, touches, moves, cadenceDays, followUp: stage === 'lost' ? 'none' : followUp, valueFactor };
}
