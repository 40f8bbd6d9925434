import { customerIdFromDocName } from '../../../shared/model/docIds';
import type { WorkspaceSession } from '../session';
import { withMergeDocs } from './mergeDocs';

/** Changes of a merged-away customer come in bursts (typing, a reconnect): folded once they settle. */
const SETTLE_MS = 400;
/**
 * Every online device receives the same late change at about the same moment. foldMerged is
 * idempotent for what it has seen, but two folds running before either has synced would each
 * append the late notebook text and history entries. A random stagger per device makes the
 * first fold reach the others (tens of milliseconds through a relay) before they run theirs,
 * which then find nothing new: a duplicate needs two devices to draw within that margin.
 */
const STAGGER_MS = 2000;

/**
 * Keeps merges whole: whenever this device stores a change to a customer that
 * was merged into another (an offline device reconnecting, someone still on the
 * old page), the change is folded into the kept customer (foldMerged: only what
 * is new, so every device may do it). Returns the stop function.
 */
export function startMergeFolding(session: WorkspaceSession): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let stopped = false;
  const fold = (otherId: string) => {
    timers.delete(otherId);
    const keptId = session.cards.get(otherId)?.mergedInto;
    if (stopped || !keptId || !session.cards.get(keptId)) return;
    void withMergeDocs(session, keptId, otherId, (parties, code) => code.foldMerged(parties, session.user.id)).catch((error: unknown) => {
      console.warn(`Could not fold the changes of a merged customer into ${keptId}`, error);
    });
  };
  const off = session.store.onPersisted((docs) => {
    for (const name of docs) {
      const id = customerIdFromDocName(name);
      if (!id || !session.cards.get(id)?.mergedInto) continue;
      clearTimeout(timers.get(id));
      timers.set(id, setTimeout(() => fold(id), SETTLE_MS + Math.random() * STAGGER_MS));
    }
  });
  return () => {
    stopped = true;
    off();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
