import * as Y from 'yjs';
import { generateInsightWorkspace } from './insights';
import { summarizeWorkspace } from '../src/shared/insights/summary';
import { LIST_COLUMNS, filterRows, sortRows, type ListRow } from '../src/shared/model/listRows';
import { addCustomerCard, appendStageMoves } from '../src/shared/model/workspaceDoc';
import { applyBulkChange, type BulkChange } from '../src/shared/model/bulkEdit';
import { median, round } from './stats';

/**
 * Issue 11's customer list for a book of business, in Node on the insights suite's
 * seeded 5,000 customers and 100,000 interactions:
 * - every column shown: filter (a one-letter query, the widest match) and sort, for each
 *   column and both directions; the slowest column's median against the 50 ms target;
 * - a bulk action on 1,000 selected customers (stage, owner, tag, archive), and its Undo,
 *   in a workspace doc of 5,000 cards and their stage history: target 1 s each.
 */

const NOW = Date.parse('2026-03-15T15:00:00Z');
const RUNS = 7;

function time(action: () => void): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

export async function run(): Promise<Record<string, unknown>> {
  const inputs = generateInsightWorkspace();
  const summaries = summarizeWorkspace(inputs, { now: NOW, timeZone: 'America/New_York', currency: 'EUR' });
  const names: Record<string, string> = { ann: 'Ann Lee', bob: 'Bob Stone', chen: 'Chen Wu', dara: 'Dara Ruiz', eli: 'Eli Park' };
  const rows: ListRow[] = inputs.map(({ card }) => ({ card, summary: summaries.byId.get(card.id), ownerName: names[card.owner] ?? card.owner }));

  const perColumn: Record<string, number> = {};
  // Warm-up: the first sort of a card also builds its sort keys (kept for its later sorts).
  for (const column of LIST_COLUMNS) sortRows(filterRows(rows, 'a'), column);
  for (const column of LIST_COLUMNS) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const direction of ['asc', 'desc'] as const) times.push(time(() => sortRows(filterRows(rows, 'a'), column, direction)));
    }
    perColumn[column] = round(median(times));
  }
  const slowest = Math.max(...Object.values(perColumn));
  const unfiltered = median(Array.from({ length: RUNS }, () => time(() => sortRows(rows, 'value', 'desc'))));

  const doc = new Y.Doc();
  doc.transact(() => {
    for (const { card } of inputs) addCustomerCard(doc, card.id, { name: card.name, company: card.company, owner: card.owner, createdAt: card.createdAt, tags: card.tags });
    appendStageMoves(doc, inputs.flatMap(({ card }) => card.stageHistory.slice(1).map((entry) => ({ ...entry, customerId: card.id }))));
  });
  const selected = inputs.slice(0, 1000).map(({ card }) => card.id);
  const changes: [string, BulkChange][] = [
    ['stage', { kind: 'stage', stage: 'loyalist' }],
    ['owner', { kind: 'owner', owner: 'member-new-owner' }],
    ['addTag', { kind: 'addTag', tag: 'renewal-2026' }],
    ['archive', { kind: 'archive', archived: true }],
  ];
  const bulk: Record<string, { applyMs: number; undoMs: number; changed: number }> = {};
  // A warm-up pass, then the median of RUNS (each action applied and undone, so every run starts alike).
  for (let pass = 0; pass <= RUNS; pass++) {
    for (const [name, change] of changes) {
      let result: ReturnType<typeof applyBulkChange> | undefined;
      const applyMs = time(() => (result = applyBulkChange(doc, selected, change, 'member-bench', NOW + pass)));
      const undoMs = time(() => result!.undo());
      if (pass === 0) continue;
      const entry = (bulk[name] ??= { applyMs: 0, undoMs: 0, changed: result!.changed });
      (entry as unknown as { runs?: [number, number][] }).runs = [...((entry as unknown as { runs?: [number, number][] }).runs ?? []), [applyMs, undoMs]];
    }
  }
  for (const entry of Object.values(bulk)) {
    const runs = (entry as unknown as { runs: [number, number][] }).runs;
    entry.applyMs = round(median(runs.map((r) => r[0])));
    entry.undoMs = round(median(runs.map((r) => r[1])));
    delete (entry as unknown as { runs?: unknown }).runs;
  }
  const worstBulk = Math.max(...Object.values(bulk).flatMap((b) => [b.applyMs, b.undoMs]));

  return {
    customers: inputs.length,
    sortFilterMsByColumn: perColumn,
    sortFilterSlowestMs: slowest,
    sortFilterTargetMs: 50,
    sortFilterRatioToTarget: round(slowest / 50, 3),
    sortAllByValueMs: round(unfiltered),
    bulkOn1000: bulk,
    bulkSlowestMs: worstBulk,
    bulkTargetMs: 1000,
    bulkRatioToTarget: round(worstBulk / 1000, 3),
    note: 'Node, in-process: filter = one-letter query over name, company, owner name and tags; sort keys computed once per row; bulk actions in one transaction on a 5,000-card workspace doc with its stage log, Undo removing exactly what the action wrote',
  };
}
