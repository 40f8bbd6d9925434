import type { CustomerCard } from '../model/workspaceDoc';
import type { StageEntry } from '../model/schemas';
import { PATH_STAGES, STAGES, STAGE_LABELS, type Stage } from '../stages';
import type { CustomerSummary } from './summary';

/** A period of time, epoch ms, both ends included. */
export interface Period {
  from: number;
  to: number;
}

export interface StageCount {
  stage: Stage;
  label: string;
  count: number;
  /** Sum of lifetime value, when summaries are given. */
  value: number;
}

/** How many (non-archived) customers sit in each stage now, path order then side states. */
export function stageCounts(cards: readonly CustomerCard[], summaries?: ReadonlyMap<string, CustomerSummary>): StageCount[] {
  const counts = new Map<Stage, StageCount>(STAGES.map((stage) => [stage, { stage, label: STAGE_LABELS[stage], count: 0, value: 0 }]));
  for (const card of cards) {
    if (card.archived) continue;
    const entry = counts.get(card.stage);
    if (!entry) continue;
    entry.count++;
    entry.value += summaries?.get(card.id)?.ltv ?? 0;
  }
  return [...counts.values()];
}

export type PathStage = (typeof PATH_STAGES)[number];

export interface StageConversion {
  from: PathStage;
  to: PathStage;
  /** The cohort: customers in `from` at the period's start, or who entered it during the period. */
  cohort: number;
  /** Of the cohort, those who then reached `to` (or a later path stage) by the period's end. */
  converted: number;
  /** converted / cohort; null for an empty cohort. */
  rate: number | null;
}

const PATH_RANK = new Map<Stage, number>(PATH_STAGES.map((s, i) => [s, i]));

/**
 * Conversion between consecutive path stages over a period, from stage histories.
 *
 * For each pair S -> S+1 (Prospect -> First purchase, ... , Loyalist -> Advocate):
 * - Cohort of S: customers whose stage at the instant `period.from` was S (their
 *   latest move at or before `from` is to S), plus customers who moved into S during
 *   the period (from < at <= to). Each customer counts once per stage.
 * - Converted: cohort members who, after that S entry and by `period.to`, moved to
 *   S+1 or any later path stage. Skipping a stage (Prospect straight to Repeat
 *   customer) counts as passing through the skipped one for the earlier pair; the
 *   customer is not in the skipped stage's own cohort, since it was never entered.
 *   A detour through At risk still converts if the customer later reaches S+1.
 * - A customer created after the period has no history in it and counts nowhere.
 * Archived customers are left out unless `includeArchived` is set.
 */
export function funnelConversion(cards: readonly CustomerCard[], period: Period, options: { includeArchived?: boolean } = {}): StageConversion[] {
  const cohort = new Array<number>(PATH_STAGES.length).fill(0);
  const converted = new Array<number>(PATH_STAGES.length).fill(0);
  for (const card of cards) {
    if (card.archived && !options.includeArchived) continue;
    tallyCustomer(card.stageHistory, period, cohort, converted);
  }
  const out: StageConversion[] = [];
  for (let i = 0; i + 1 < PATH_STAGES.length; i++) {
    out.push({
      from: PATH_STAGES[i],
      to: PATH_STAGES[i + 1],
      cohort: cohort[i],
      converted: converted[i],
      rate: cohort[i] === 0 ? null : converted[i] / cohort[i],
    });
  }
  return out;
}

/** `history` is sorted oldest first, as readCard returns it. */
function tallyCustomer(history: readonly StageEntry[], period: Period, cohort: number[], converted: number[]): void {
  // Index of the entry that put the customer in each path stage's cohort.
  const cohortEntry = new Array<number>(PATH_STAGES.length).fill(-1);
  let atStart = -1;
  for (let i = 0; i < history.length && history[i].at <= period.from; i++) atStart = i;
  if (atStart >= 0) {
    const rank = PATH_RANK.get(history[atStart].stage);
    if (rank !== undefined) cohortEntry[rank] = atStart;
  }
  for (let i = atStart + 1; i < history.length && history[i].at <= period.to; i++) {
    const rank = PATH_RANK.get(history[i].stage);
    if (rank !== undefined && cohortEntry[rank] === -1) cohortEntry[rank] = i;
  }
  for (let s = 0; s + 1 < PATH_STAGES.length; s++) {
    const start = cohortEntry[s];
    if (start === -1) continue;
    cohort[s]++;
    for (let j = start + 1; j < history.length && history[j].at <= period.to; j++) {
      const rank = PATH_RANK.get(history[j].stage);
      if (rank !== undefined && rank > s) {
        converted[s]++;
        break;
      }
    }
  }
}

/** Path position of a stage, or null for a side state. */
export function pathIndex(stage: Stage): number | null {
  return PATH_RANK.get(stage) ?? null;
}
