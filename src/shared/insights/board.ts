import { compareNames } from './order';
import type { CustomerCard } from '../model/workspaceDoc';
import { STAGES, STAGE_LABELS, type Stage } from '../stages';
import type { CustomerSummary } from './summary';
import { DEFAULT_INSIGHT_SETTINGS, type InsightSettings } from './settings';
import { idleStatus } from './idle';

/**
 * Stage board data: one column per stage (the path, then At risk and Lost), each with
 * its cards, count and total value. A card is idle by its stage's rule (idle.ts: days
 * in the stage, or days without a touch against the customer's cadence; settings.
 * stageIdleDays, null = never idle). Archived
 * customers are left out. Cards in a column: longest in stage first (the ones that
 * need a push), then most valuable, then by name.
 */

export interface BoardCard {
  card: CustomerCard;
  summary: CustomerSummary;
  daysInStage: number;
  idle: boolean;
  /** Why the card is idle, in words (the flag's tooltip); null when not idle. */
  idleReason: string | null;
}

export interface BoardColumn {
  stage: Stage;
  label: string;
  cards: BoardCard[];
  count: number;
  totalValue: number;
  idleCount: number;
}

export type BoardSort = 'time_in_stage' | 'value' | 'name';

export function boardData(
  cards: readonly CustomerCard[],
  summaries: ReadonlyMap<string, CustomerSummary>,
  settings: InsightSettings = DEFAULT_INSIGHT_SETTINGS,
  sort: BoardSort = 'time_in_stage',
): BoardColumn[] {
  const columns = new Map<Stage, BoardColumn>();
  for (const stage of STAGES) columns.set(stage, { stage, label: STAGE_LABELS[stage], cards: [], count: 0, totalValue: 0, idleCount: 0 });
  for (const card of cards) {
    if (card.archived) continue;
    const summary = summaries.get(card.id);
    if (!summary) continue;
    const column = columns.get(card.stage);
    if (!column) continue;
    const { idle, reason } = idleStatus(
      { stage: card.stage, daysInStage: summary.daysInStage, daysSinceTouch: summary.daysSinceTouch, cadenceDays: card.cadenceDays },
      settings.stageIdleDays,
    );
    column.cards.push({ card, summary, daysInStage: summary.daysInStage, idle, idleReason: reason });
    column.count++;
    column.totalValue += summary.ltv;
    if (idle) column.idleCount++;
  }
  const byName = (a: BoardCard, b: BoardCard) => compareNames(a.card.name, b.card.name) || (a.card.id < b.card.id ? -1 : 1);
  const compare =
    sort === 'name'
      ? byName
      : sort === 'value'
        ? (a: BoardCard, b: BoardCard) => b.summary.ltv - a.summary.ltv || byName(a, b)
        : (a: BoardCard, b: BoardCard) => a.card.stageEnteredAt - b.card.stageEnteredAt || b.summary.ltv - a.summary.ltv || byName(a, b);
  for (const column of columns.values()) column.cards.sort(compare);
  return [...columns.values()];
}
