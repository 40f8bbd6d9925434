import * as Y from 'yjs';
import type { Stage } from '../stages';
import { appendStageMoves, customersMap, readStageMoves, setCardFields, stageMovesArray } from './workspaceDoc';
import { cardSchema, type CardField, type StageEntry } from './schemas';

/** One change made to many customers at once from the customer list. */
export type BulkChange = { kind: 'stage'; stage: Stage } | { kind: 'owner'; owner: string } | { kind: 'addTag'; tag: string } | { kind: 'removeTag'; tag: string } | { kind: 'archive'; archived: boolean };

export interface BulkResult {
  /** Customers the change altered (those already so are left alone, and not counted). */
  changed: number;
  /** Customers that could not be changed (a damaged card), by id, with why. */
  failed: { id: string; reason: string }[];
  /** Takes the whole change back, as one step, leaving later edits (anyone's) alone. */
  undo: () => void;
  /** Stops tracking the change for Undo (when the notification offering it goes). */
  release: () => void;
}

/**
 * Applies a change to every selected customer in one transaction, so teammates see it
 * land at once and one Undo takes all of it back. Undo never takes back what anyone
 * wrote since: stage moves are removed from the log by an undo manager that tracks only
 * this change's origin; a card (one value per customer in the directory map) gets back
 * the field it had, and only where the field still holds what this change wrote.
 */
export function applyBulkChange(doc: Y.Doc, ids: readonly string[], change: BulkChange, by: string, now = Date.now()): BulkResult {
  const origin = { bulk: change.kind, at: now };
  const undoManager = new Y.UndoManager(stageMovesArray(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  const written: { id: string; before: Partial<Record<CardField, unknown>>; after: Partial<Record<CardField, unknown>> }[] = [];
  let changed = 0;
  const failed: BulkResult['failed'] = [];
  // One read of the stage log for the whole selection (per-card reads would parse it once per customer).
  const { byCustomer } = change.kind === 'stage' ? readStageMoves(doc, new Set(ids)) : { byCustomer: new Map<string, StageEntry[]>() };
  const moves: (StageEntry & { customerId: string })[] = [];
  const cards = customersMap(doc);
  doc.transact(() => {
    for (const id of ids) {
      const raw = cards.get(id);
      if (raw === undefined) continue;
      const parsed = cardSchema.safeParse(raw);
      if (!parsed.success) {
        failed.push({ id, reason: 'This customer’s card is damaged: it was left as it is.' });
        continue;
      }
      const card = { owner: parsed.data.owner, tags: parsed.data.tags ?? [], archived: parsed.data.archived ?? false };
      if (change.kind === 'stage') {
        const history = byCustomer.get(id) ?? [];
        const last = history[history.length - 1];
        if (last?.stage === change.stage) continue;
        // As moveToStage: never before the current entry, whatever this device's clock says.
        moves.push({ customerId: id, stage: change.stage, at: last ? Math.max(now, last.at + 1) : now, by });
        changed++;
        continue;
      }
      const fields = fieldsFor(card, change);
      if (!fields) continue;
      try {
        setCardFields(doc, id, fields, origin);
        written.push({ id, before: Object.fromEntries(Object.keys(fields).map((field) => [field, card[field as keyof typeof card]])), after: fields });
        changed++;
      } catch (error) {
        failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    if (moves.length) appendStageMoves(doc, moves, origin);
  }, origin);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    undoManager.destroy();
  };
  return {
    changed,
    failed,
    undo: () => {
      if (released) return;
      doc.transact(() => {
        undoManager.undo();
        for (const { id, before, after } of written) {
          const current = cards.get(id);
          if (typeof current !== 'object' || current === null) continue;
          const back = Object.fromEntries(Object.entries(before).filter(([field]) => sameValue((current as Record<string, unknown>)[field], after[field as CardField])));
          if (Object.keys(back).length) setCardFields(doc, id, back, origin);
        }
      }, origin);
      release();
    },
    release,
  };
}

/** The card fields a change sets, or null when the customer is already so. */
function fieldsFor(card: { owner: string; tags: string[]; archived: boolean }, change: Exclude<BulkChange, { kind: 'stage' }>): Partial<Record<CardField, unknown>> | null {
  switch (change.kind) {
    case 'owner':
      return card.owner === change.owner ? null : { owner: change.owner };
    case 'addTag': {
      const tag = change.tag.trim();
      return !tag || card.tags.includes(tag) ? null : { tags: [...card.tags, tag] };
    }
    case 'removeTag':
      return card.tags.includes(change.tag) ? { tags: card.tags.filter((tag) => tag !== change.tag) } : null;
    case 'archive':
      return card.archived === change.archived ? null : { archived: change.archived };
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
