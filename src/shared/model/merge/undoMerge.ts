import type * as Y from 'yjs';
import { followUpsMap, interactionsMap, profileHistoryArray, profileMap } from '../customerDoc';
import { readCardById, setCardFields, stageMovesArray } from '../workspaceDoc';
import { removeNoteBlocks } from '../../import/appendNotes';
import { fingerprint, foldsMap, foldsOf, MERGE_ORIGIN, mergesMap, readHeader, type BlockId } from './mergeRecord';
import type { MergeParties } from './mergeCustomers';

/** Removes the entries of a log (field history, stage moves) that `written` picks, last first. */
function removeFromLog(log: Y.Array<unknown>, written: (raw: unknown) => boolean): void {
  const indices: number[] = [];
  log.forEach((raw, index) => written(raw) && indices.push(index));
  for (const index of indices.reverse()) log.delete(index, 1);
}

/**
 * Takes a merge back: the copies it (and every later fold) wrote into the kept
 * customer go (interactions, follow-ups, history entries, notebook blocks, stage
 * moves, tags), profile fields it filled or joined get their earlier value when
 * nobody changed them since, and the other customer is back as it was (it lost
 * nothing: a merge never writes to its doc). A forward change, so it syncs.
 * Returns false when there is no such merge (already undone elsewhere).
 */
export function undoMerge(parties: Pick<MergeParties, 'workspace' | 'keptId' | 'kept' | 'otherId'>): boolean {
  const { workspace, keptId, kept, otherId } = parties;
  const header = readHeader(kept, otherId);
  if (!header) return false;
  const mine = (raw: unknown) => typeof raw === 'object' && raw !== null && (raw as { mergeId?: unknown }).mergeId === header.mergeId;
  kept.transact(() => {
    const blocks: BlockId[] = header.heading ? [header.heading] : [];
    const profile = profileMap(kept);
    for (const { kind, source, key, fold } of foldsOf(kept, otherId)) {
      if ((kind === 'i' || kind === 'f') && typeof fold.dest === 'string' && !fold.preexisting) (kind === 'i' ? interactionsMap(kept) : followUpsMap(kept)).delete(fold.dest);
      if (kind === 'b' && Array.isArray(fold.dest)) blocks.push(fold.dest);
      if (kind === 'p' && fold.after !== undefined && fingerprint(profile.get(source)) === fingerprint(fold.after)) {
        if (fold.hadBefore) profile.set(source, fold.before);
        else profile.delete(source);
      }
      foldsMap(kept).delete(key);
    }
    removeFromLog(profileHistoryArray(kept), mine);
    removeNoteBlocks(kept, blocks, undefined);
    mergesMap(kept).delete(otherId);
    workspace.transact(() => {
      removeFromLog(stageMovesArray(workspace), (raw) => mine(raw) && (raw as { customerId?: unknown }).customerId === keptId);
      const keptCard = readCardById(workspace, keptId);
      if (keptCard && header.tagsAdded.length > 0 && !keptCard.invalid.some((f) => f.field === 'card')) {
        setCardFields(workspace, keptId, { tags: keptCard.tags.filter((t) => !header.tagsAdded.includes(t)) });
      }
      const otherCard = readCardById(workspace, otherId);
      if (otherCard && !otherCard.invalid.some((f) => f.field === 'card')) setCardFields(workspace, otherId, { archived: header.archivedBefore, mergedInto: null });
    }, MERGE_ORIGIN);
  }, MERGE_ORIGIN);
  return true;
}
