import * as Y from 'yjs';
import { cardForMerge, existingStateFromBasis, existingStateOf, type ExistingState } from '../../shared/import/merge';
import { peopleDirectory, readMembers } from '../../shared/model/members';
import { isMergeBasis } from '../../shared/import/mergeBasis';
import type { Slicer } from '../../shared/import/slices';
import type { DirectoryEntry } from '../../shared/import/plan';
import { customerDocName } from '../../shared/model/docIds';
import { applyStored } from '../store/docStore';
import type { WorkspaceSession } from '../workspace/session';

/**
 * The workspace's customers for matching, once the email index is complete:
 * the stored digests read, and every doc written since (sync, another tab, an
 * earlier import) digested. Before that an email match could be missed.
 */
export async function loadDirectory(session: WorkspaceSession): Promise<DirectoryEntry[]> {
  await session.derived.loaded;
  await session.derived.settle();
  return session.cards.all().map((card) => ({ card, emails: session.derived.digests.get(card.id)?.emails ?? [] }));
}

/** Docs read from the store together, when a customer's digest has no merge basis (built by an older version). */
const READ_TOGETHER = 20;

/**
 * The stored profile, notebook lines and field history of the matched
 * customers, so the preview compares against what each customer has: from the
 * open doc when there is one, else from the customer's digest (no doc
 * decoded: 10,000 docs take seconds), else read from the store a few at a time,
 * each doc dropped once read. Runs in slices of `slicer`; `cache` keeps what
 * was read for a later change of mapping.
 */
export async function loadExistingStates(
  session: WorkspaceSession,
  ids: readonly string[],
  cache: Map<string, ExistingState>,
  onProgress: (done: number, total: number) => void,
  slicer: Slicer,
): Promise<void> {
  const wanted = [...new Set(ids)].filter((id) => !cache.has(id));
  const people = peopleDirectory(readMembers(session.doc));
  const cardOf = (id: string) => {
    const card = session.cards.get(id);
    return card && cardForMerge(card, people);
  };
  const fromStore: string[] = [];
  let done = 0;
  for (const [index, id] of wanted.entries()) {
    const card = cardOf(id);
    const open = session.loadedCustomerDoc(id);
    const basis = session.derived.digests.get(id)?.merge;
    if (card && open) cache.set(id, existingStateOf(open, card));
    else if (card && isMergeBasis(basis)) cache.set(id, existingStateFromBasis(basis, card));
    else if (card) fromStore.push(id);
    done = index + 1 - fromStore.length;
    if (slicer.due()) {
      onProgress(done, wanted.length);
      await slicer.pause();
    }
  }
  for (let start = 0; start < fromStore.length; start += READ_TOGETHER) {
    const slice = fromStore.slice(start, start + READ_TOGETHER);
    const stored = await Promise.all(slice.map((id) => session.store.read(customerDocName(id))));
    for (const [i, id] of slice.entries()) {
      const card = cardOf(id);
      if (card) {
        const doc = new Y.Doc({ guid: customerDocName(id) });
        try {
          applyStored(doc, stored[i].parts);
          cache.set(id, existingStateOf(doc, card));
        } finally {
          doc.destroy();
        }
      }
      done++;
      if (slicer.due()) {
        onProgress(done, wanted.length);
        await slicer.pause();
      }
    }
  }
  onProgress(wanted.length, wanted.length);
}
