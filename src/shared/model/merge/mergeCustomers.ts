import type * as Y from 'yjs';
import { followUpsMap, interactionsMap, profileHistoryArray, profileMap } from '../customerDoc';
import { readCardById, setCardFields, stageMovesArray } from '../workspaceDoc';
import { profileFieldSchemas, stageMoveSchema, type ProfileField } from '../schemas';
import { appendLog } from '../appendLog';
import { newId } from '../../ids';
import { foldNotebook } from './mergeNotebook';
import { mergeProfileValue } from './mergeProfileValue';
import { fingerprint, foldKey, foldsMap, MERGE_ORIGIN, mergesMap, readFold, readHeader, type FoldKind, type MergeHeader } from './mergeRecord';

/** The two customers of a merge: `kept` receives everything of `other`, which is archived. */
export interface MergeParties {
  workspace: Y.Doc;
  keptId: string;
  kept: Y.Doc;
  otherId: string;
  other: Y.Doc;
}

/**
 * Merges `other` into `kept`: both notebooks (the other's under a heading), every
 * interaction, follow-up and stage move, every profile value (a value that
 * differs from the kept one goes to that field's history), all tags. The other
 * card is archived with `mergedInto` pointing at the kept one. Nothing is
 * removed from the other customer's doc. What was written is recorded in the
 * kept doc (mergeRecord.ts), so undoMerge takes it back and foldMerged brings
 * in what is edited on the other customer later (an offline device).
 */
export function mergeCustomers(parties: MergeParties, by: string, at = Date.now()): { mergeId: string } {
  const { workspace, keptId, otherId, kept } = parties;
  if (keptId === otherId) throw new Error('A customer cannot be merged into itself.');
  const keptCard = readCardById(workspace, keptId);
  const otherCard = readCardById(workspace, otherId);
  if (!keptCard || !otherCard) throw new Error('Both customers must be in the workspace.');
  if (otherCard.mergedInto) throw new Error(`${otherCard.name} is already merged into another customer.`);
  if (keptCard.mergedInto) throw new Error(`${keptCard.name} was merged into another customer.`);
  if (readHeader(kept, otherId)) throw new Error(`${otherCard.name} is already merged into ${keptCard.name}.`);
  const header: MergeHeader = { mergeId: newId(), otherName: otherCard.name, at, by, heading: null, archivedBefore: otherCard.archived, tagsAdded: [] };
  kept.transact(() => mergesMap(kept).set(otherId, header), MERGE_ORIGIN);
  foldMerged(parties, by, at);
  workspace.transact(() => setCardFields(workspace, otherId, { archived: true, mergedInto: keptId }), MERGE_ORIGIN);
  return { mergeId: header.mergeId };
}

/**
 * Brings into `kept` whatever of `other` is new or changed since the merge (or
 * the last fold): idempotent, so it can run on every change of the other doc, on
 * any device. Returns whether it wrote anything.
 */
export function foldMerged(parties: MergeParties, by: string, at = Date.now()): boolean {
  const { workspace, keptId, kept, otherId, other } = parties;
  const header = readHeader(kept, otherId);
  if (!header) return false;
  let changed = false;
  kept.transact(() => {
    const folds = foldsMap(kept);
    const fold = (kind: FoldKind, source: string) => readFold(kept, foldKey(otherId, kind, source));

    // Interactions and follow-ups: copied by id (a taken id gets a suffix); a later edit of one overwrites its copy.
    for (const [kind, from, to] of [
      ['i', interactionsMap(other), interactionsMap(kept)],
      ['f', followUpsMap(other), followUpsMap(kept)],
    ] as const) {
      from.forEach((raw, id) => {
        const fp = fingerprint(raw);
        const done = fold(kind, id);
        if (done?.fp === fp) return;
        changed = true;
        if (done && typeof done.dest === 'string' && !done.preexisting) {
          to.set(done.dest, raw);
          folds.set(foldKey(otherId, kind, id), { ...done, fp });
          return;
        }
        if (!done && to.has(id) && fingerprint(to.get(id)) === fp) {
          folds.set(foldKey(otherId, kind, id), { fp, dest: id, preexisting: true });
          return;
        }
        // New, or a later edit of one the kept customer already held: the kept customer's own stays as it is.
        let dest = id;
        for (let n = 1; to.has(dest); n++) dest = `${id}~${otherId.slice(0, 8)}${n > 1 ? n : ''}`;
        to.set(dest, raw);
        folds.set(foldKey(otherId, kind, id), { fp, dest });
      });
    }

    // Profile values: an empty kept field takes the other's, lists are joined, a different value goes to the history.
    const keptProfile = profileMap(kept);
    const history = profileHistoryArray(kept);
    const mark = { mergedFrom: otherId, mergeId: header.mergeId };
    const historyEntries: unknown[] = [];
    profileMap(other).forEach((raw, field) => {
      const fp = fingerprint(raw);
      const done = fold('p', field);
      if (done?.fp === fp) return;
      changed = true;
      const has = keptProfile.has(field);
      const current = keptProfile.get(field);
      const schema = field in profileFieldSchemas ? profileFieldSchemas[field as ProfileField] : null;
      const result = mergeProfileValue(field, current, raw, schema);
      const record: Record<string, unknown> = { ...done, fp };
      if (result.value !== undefined) {
        keptProfile.set(field, result.value);
        // The value before the first change by this merge is what undo restores.
        if (done?.after === undefined) Object.assign(record, { hadBefore: has, before: has ? current : null });
        record.after = result.value;
      }
      if (result.history !== undefined) historyEntries.push({ field, value: result.history, at, by, ...mark });
      folds.set(foldKey(otherId, 'p', field), record);
    });
    // The other customer's own field history comes along.
    profileHistoryArray(other).forEach((raw) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
      const fp = fingerprint(raw);
      if (fold('h', fp)) return;
      changed = true;
      historyEntries.push({ ...raw, ...mark });
      folds.set(foldKey(otherId, 'h', fp), { fp });
    });
    if (historyEntries.length > 0) appendLog(history, historyEntries);

    const notebook = foldNotebook(kept, other, otherId, header);
    if (notebook.changed) changed = true;

    // The directory: tags and stage moves.
    workspace.transact(() => {
      const keptCard = readCardById(workspace, keptId);
      const otherCard = readCardById(workspace, otherId);
      let tagsAdded = header.tagsAdded;
      // A damaged card (hostile peer) is read as invalid and left as it is.
      if (keptCard && otherCard && !keptCard.invalid.some((f) => f.field === 'card')) {
        const missing = otherCard.tags.filter((tag) => !keptCard.tags.includes(tag));
        if (missing.length > 0) {
          changed = true;
          setCardFields(workspace, keptId, { tags: [...keptCard.tags, ...missing] });
          tagsAdded = [...tagsAdded, ...missing.filter((t) => !tagsAdded.includes(t))];
        }
      }
      const moves: unknown[] = [];
      stageMovesArray(workspace).forEach((raw) => {
        const parsed = stageMoveSchema.safeParse(raw);
        if (!parsed.success || parsed.data.customerId !== otherId) return;
        const fp = fingerprint(raw);
        if (fold('s', fp)) return;
        changed = true;
        moves.push({ ...(raw as object), customerId: keptId, ...mark });
        folds.set(foldKey(otherId, 's', fp), { fp });
      });
      if (moves.length > 0) appendLog(stageMovesArray(workspace), moves);
      if (notebook.heading || tagsAdded !== header.tagsAdded) {
        mergesMap(kept).set(otherId, { ...header, heading: notebook.heading ?? header.heading, tagsAdded });
      }
    }, MERGE_ORIGIN);
  }, MERGE_ORIGIN);
  return changed;
}
