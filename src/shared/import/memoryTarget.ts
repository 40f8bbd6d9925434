import * as Y from 'yjs';
import { readAllCards } from '../model/workspaceDoc';
import { readProfile } from '../model/customerDoc';
import { cardForMerge, existingStateOf, type ExistingState } from './merge';
import { peopleDirectory, readMembers } from '../model/members';
import { matchRecords, planImport, type ImportPlan, type ProblemDecision } from './plan';
import type { ApplyTarget } from './apply';
import { peopleOfDoc, type DocPeople } from '../model/docPeople';
import type { ImportRecord, MalformedRow, ValueProblem } from './types';

/**
 * An import target over docs held in memory (tests, benchmarks, the story CLI):
 * what the app does through its store, without one.
 */
export function memoryTarget(
  workspace: Y.Doc,
  docs: Map<string, Y.Doc>,
  owner = 'me',
): Omit<ApplyTarget, 'onProgress'> & { deleteCustomerDoc(id: string): Promise<void>; peopleInDocs(removed: ReadonlySet<string>): Promise<DocPeople[]> } {
  return {
    workspace,
    owner,
    editCustomerDocs: async (ids, edit) => {
      for (const id of ids) {
        const doc = docs.get(id);
        if (doc) edit(id, doc);
      }
    },
    saveNewCustomerDocs: async (batch) =>
      batch.forEach(([id, state]) => {
        const doc = new Y.Doc({ guid: id });
        Y.applyUpdate(doc, state);
        docs.set(id, doc);
      }),
    deleteCustomerDoc: async (id) => void docs.delete(id),
    peopleInDocs: async (removed) => [...docs].filter(([id]) => !removed.has(id)).map(([, doc]) => peopleOfDoc(doc)),
  };
}

/** Plans an import against docs in memory, as the app's preview does against its store. */
export function planInMemory(
  records: readonly ImportRecord[],
  workspace: Y.Doc,
  docs: ReadonlyMap<string, Y.Doc>,
  malformed: readonly MalformedRow[],
  source: string,
  decide?: (p: ValueProblem) => ProblemDecision,
): ImportPlan {
  const cards = readAllCards(workspace);
  const directory = cards.map((card) => ({ card, emails: docs.get(card.id) ? readProfile(docs.get(card.id)!).profile.emails : [] }));
  const matching = matchRecords(records, directory, decide);
  const states = new Map<string, ExistingState>();
  const people = peopleDirectory(readMembers(workspace));
  for (const m of matching.matches) states.set(m.customerId, existingStateOf(docs.get(m.customerId)!, cardForMerge(cards.find((c) => c.id === m.customerId)!, people)));
  return planImport(matching, states, malformed, source, decide);
}
