import * as Y from 'yjs';
import { existingStateOf, type ExistingState } from '../../shared/import/merge';
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

const CHUNK = 200;

/**
 * The stored profile, notebook lines and field history of the matched
 * customers, so the preview compares against what each customer has. Read from
 * the store (or the open doc) a chunk at a time, each doc dropped once read;
 * `cache` keeps what was read for a later change of mapping.
 */
export async function loadExistingStates(
  session: WorkspaceSession,
  ids: readonly string[],
  cache: Map<string, ExistingState>,
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<void> {
  const wanted = [...new Set(ids)].filter((id) => !cache.has(id));
  for (let start = 0; start < wanted.length && !cancelled(); start += CHUNK) {
    const slice = wanted.slice(start, start + CHUNK);
    const closed = slice.filter((id) => !session.loadedCustomerDoc(id));
    const stored = await Promise.all(closed.map((id) => session.store.read(customerDocName(id))));
    for (const id of slice) {
      const card = session.cards.get(id);
      if (!card) continue;
      const open = session.loadedCustomerDoc(id);
      if (open) {
        cache.set(id, existingStateOf(open, card));
        continue;
      }
      const doc = new Y.Doc();
      try {
        applyStored(doc, stored[closed.indexOf(id)].parts);
        cache.set(id, existingStateOf(doc, card));
      } finally {
        doc.destroy();
      }
    }
    onProgress(Math.min(start + CHUNK, wanted.length), wanted.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
