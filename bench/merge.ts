import * as Y from 'yjs';
import { followUpsMap, interactionsMap, profileMap } from '../src/shared/model/customerDoc';
import { addCustomerCard, appendStageMoves } from '../src/shared/model/workspaceDoc';
import { createNotebook } from '../src/shared/notebook/headless';
import { mergeCustomers, foldMerged } from '../src/shared/model/merge/mergeCustomers';
import { undoMerge } from '../src/shared/model/merge/undoMerge';
import { median, round } from './stats';

/**
 * Issue 11's merge benchmark: two customers with 500 interactions each (some ids
 * shared, so the suffixing path runs), 30 follow-ups, a full profile, 10 stage
 * moves and a 100-paragraph notebook, merged in Node (target <= 300 ms); then a
 * fold with nothing new (what every later change of the merged-away doc costs)
 * and the undo.
 */
const INTERACTIONS = 500;
const RUNS = 7;
const KINDS = ['call', 'meeting', 'email', 'purchase', 'note'] as const;

function customer(workspace: Y.Doc, id: string, seed: number): Y.Doc {
  addCustomerCard(workspace, id, { name: 'Ada Lovelace', company: 'Acme', owner: 'm1', tags: [`t${seed}`, 'shared'], createdAt: 1_600_000_000_000 });
  appendStageMoves(workspace, Array.from({ length: 10 }, (_, i) => ({ customerId: id, stage: i % 2 ? 'repeat' : 'loyalist', at: 1_600_000_000_000 + seed * 1000 + i * 86_400_000, by: 'm1' })));
  const doc = new Y.Doc();
  createNotebook(doc, Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? `## Section ${i} of ${seed}` : `Paragraph ${i} of customer ${seed}: they asked about the renewal and the **new** plan.`)).join('\n\n'));
  doc.transact(() => {
    for (let i = 0; i < INTERACTIONS; i++) {
      // One in ten ids is the same on both sides: copied under a suffix.
      const key = i % 10 === 0 ? `shared-${i}` : `c${seed}-${i}`;
      interactionsMap(doc).set(key, { kind: KINDS[i % KINDS.length], at: 1_600_000_000_000 + i * 3_600_000, summary: `Interaction ${i} of ${seed}, a summary of a realistic length for a call.`, sentiment: 'neutral', amount: i % 5 === 3 ? { minor: 12_500 + i, currency: 'EUR' } : null, author: 'm1' });
    }
    for (let i = 0; i < 30; i++) followUpsMap(doc).set(`f${seed}-${i}`, { due: '2026-05-06', text: `Follow-up ${i}`, assignee: 'm1', done: i % 3 === 0 });
    const profile = profileMap(doc);
    profile.set('emails', [`ada${seed}@acme.test`, 'ada@acme.test']);
    profile.set('phones', [`+44 20 7946 000${seed}`]);
    profile.set('likes', `Sailing ${seed}`);
    profile.set('role', seed === 1 ? 'CEO' : '');
    profile.set('customFields', { plan: `p${seed}`, region: 'EU' });
  });
  return doc;
}

export async function run(): Promise<Record<string, unknown>> {
  const merge: number[] = [];
  const fold: number[] = [];
  const undo: number[] = [];
  let interactionsAfter = 0;
  for (let r = 0; r < RUNS; r++) {
    const workspace = new Y.Doc();
    const kept = customer(workspace, 'kept', 1);
    const other = customer(workspace, 'other', 2);
    const parties = { workspace, keptId: 'kept', kept, otherId: 'other', other };
    let t = performance.now();
    mergeCustomers(parties, 'm1');
    merge.push(performance.now() - t);
    interactionsAfter = interactionsMap(kept).size;
    t = performance.now();
    if (foldMerged(parties, 'm1')) throw new Error('A second fold wrote something');
    fold.push(performance.now() - t);
    t = performance.now();
    undoMerge(parties);
    undo.push(performance.now() - t);
    if (interactionsMap(kept).size !== INTERACTIONS) throw new Error('The undo left copies behind');
  }
  if (interactionsAfter !== 2 * INTERACTIONS) throw new Error(`Expected ${2 * INTERACTIONS} interactions after the merge, got ${interactionsAfter}`);
  // The first run pays for module warm-up (the notebook template, JIT): reported apart, not in the median.
  return {
    interactionsEach: INTERACTIONS,
    notebookParagraphsEach: 100,
    mergeMs: { median: round(median(merge.slice(1))), first: round(merge[0]!), runs: merge.map((v) => round(v)), target: 300 },
    foldWithNothingNewMs: round(median(fold.slice(1))),
    undoMs: round(median(undo.slice(1))),
  };
}
