import { STAGE_LABELS, type Stage } from '../stages';

/**
 * When a board card is flagged "Idle", per stage. Idle has to mean "this one
 * needs a push", and what stalls differs by stage:
 * - Prospect, First purchase, At risk are meant to be passed through: a card is
 *   idle after too long IN the stage (a prospect not converting, a first buyer
 *   who never came back, an at-risk customer neither won back nor let go).
 * - Repeat customer, Loyalist, Advocate are where customers should stay: time in
 *   the stage is success, so a card is idle after too long WITHOUT A TOUCH, the
 *   customer's own contact cadence when the card sets one, else the stage's
 *   days (the workspace's cadence by tier is for "Losing touch" and health:
 *   applied here it would make these stages' days dead settings).
 * - Lost is never idle by default (nobody is expected to act on it).
 * The days are workspace settings (stageIdleDays, edited in Settings ->
 * Relationship rules; null turns the flag off for a stage); the measure is fixed
 * here, so the figure the user edits always means the same thing.
 */
export type IdleMeasure = 'in_stage' | 'since_touch';

export const STAGE_IDLE_MEASURE: Record<Stage, IdleMeasure> = {
  prospect: 'in_stage',
  first_purchase: 'in_stage',
  repeat: 'since_touch',
  loyalist: 'since_touch',
  advocate: 'since_touch',
  at_risk: 'in_stage',
  lost: 'in_stage',
};

export const DEFAULT_STAGE_IDLE_DAYS: Record<Stage, number | null> = {
  prospect: 14,
  first_purchase: 60,
  repeat: 45,
  loyalist: 60,
  advocate: 90,
  at_risk: 14,
  lost: null,
};

export interface IdleInput {
  stage: Stage;
  daysInStage: number;
  /** Calendar days since the last touch (since creation if never touched). */
  daysSinceTouch: number;
  /** The card's own contact cadence, if any (not the tier default; see above). */
  cadenceDays: number | null;
}

export interface IdleStatus {
  idle: boolean;
  /** The days that count against the threshold (in stage, or since the last touch). */
  days: number;
  /** null: this stage is never flagged. */
  thresholdDays: number | null;
  measure: IdleMeasure;
  /** Why it is idle, for the flag's tooltip; null when not idle. */
  reason: string | null;
}

function plural(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

export function idleStatus(input: IdleInput, stageIdleDays: Readonly<Record<Stage, number | null>>): IdleStatus {
  const measure = STAGE_IDLE_MEASURE[input.stage];
  const stageDays = stageIdleDays[input.stage] ?? null;
  if (stageDays === null) return { idle: false, days: 0, thresholdDays: null, measure, reason: null };
  if (measure === 'in_stage') {
    const idle = input.daysInStage > stageDays;
    const reason = idle ? `Idle: ${plural(input.daysInStage)} in ${STAGE_LABELS[input.stage]} (flagged after ${plural(stageDays)})` : null;
    return { idle, days: input.daysInStage, thresholdDays: stageDays, measure, reason };
  }
  const threshold = input.cadenceDays ?? stageDays;
  const idle = input.daysSinceTouch > threshold;
  const rule = input.cadenceDays !== null ? `contact cadence every ${plural(threshold)}` : `flagged after ${plural(threshold)}`;
  const reason = idle ? `Idle: no touch in ${plural(input.daysSinceTouch)} (${rule})` : null;
  return { idle, days: input.daysSinceTouch, thresholdDays: threshold, measure, reason };
}
