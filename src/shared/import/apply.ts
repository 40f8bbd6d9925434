import * as Y from 'yjs';
import { z } from 'zod';
import { addCustomerCard, appendStageMoves, customersMap, stageMovesArray } from '../model/workspaceDoc';
import type { StageEntry } from '../model/schemas';
import { readProfile, setProfileField } from '../model/customerDoc';
import { appendNotebookMarkdown } from '../notebook/headless';
import { createEmptyNotebook, createHeadedNotebook } from '../notebook/templates';
import { newId, newIds } from '../ids';
import type { ImportPlan } from './plan';
import type { ImportRecord } from './types';
import { uniqueEmails } from './normalize';

/** What an import changed, so one click can take it all back. */
export const importUndoSchema = z.object({
  importId: z.string(),
  at: z.number(),
  created: z.array(z.string()),
  /** Customer docs merged into: their state before the import (Y update), to restore the fields. */
  /** Customers merged into: their profile values before the import, and the client id that wrote the appended notes. */
  merged: z.array(z.object({ customerId: z.string(), profileBefore: z.record(z.string(), z.unknown()), notesClient: z.number().nullable() })),
});
export type ImportUndo = z.infer<typeof importUndoSchema>;

export interface ApplyTarget {
  workspace: Y.Doc;
  /** A customer's doc, loaded (for merges). */
  getCustomerDoc(customerId: string): Promise<Y.Doc>;
  /** Stores new customers' docs (one chunk at a time). Called before their cards are added. */
  saveNewCustomerDocs(docs: [customerId: string, doc: Y.Doc][]): Promise<void>;
  owner: string;
  origin?: unknown;
  /** Called after each chunk; the caller may yield to the UI here. */
  onProgress?(done: number, total: number): Promise<void> | void;
  chunkSize?: number;
}

function notesMarkdown(record: ImportRecord, source: string): string {
  const lines = [record.notes.trim()].filter(Boolean);
  return lines.length ? `## Imported from ${source}\n\n${lines.join('\n\n')}` : '';
}

function newCustomerDoc(id: string, record: ImportRecord, source: string, origin: unknown): Y.Doc {
  // A guid given, not drawn: drawing randomness per doc is a large part of a bulk import's time.
  const doc = new Y.Doc({ guid: id });
  const notes = record.notes.trim();
  // Templates keep 50,000-row imports fast; they write what createNotebook would.
  if (notes) createHeadedNotebook(doc, `Imported from ${source}`, notes.split(/\n\s*\n/), origin);
  else createEmptyNotebook(doc, origin);
  doc.transact(() => {
    if (record.emails.length) setProfileField(doc, 'emails', record.emails.slice(0, 50), origin);
    if (record.phones.length) setProfileField(doc, 'phones', record.phones.slice(0, 50), origin);
    if (record.role) setProfileField(doc, 'role', record.role.slice(0, 200), origin);
    if (record.address) setProfileField(doc, 'address', record.address.slice(0, 2000), origin);
    if (record.importantDates.length) setProfileField(doc, 'importantDates', record.importantDates.slice(0, 200), origin);
  }, origin);
  return doc;
}

/**
 * Writes an import plan: new customers (doc stored first, then the card), and
 * merges that only add (emails, phones, empty fields, notes appended to the
 * notebook). Works in chunks with progress; returns the undo record.
 */
export async function applyImportPlan(plan: ImportPlan, target: ApplyTarget, source: string): Promise<ImportUndo> {
  const origin = target.origin ?? 'import';
  const chunk = target.chunkSize ?? 250;
  const undo: ImportUndo = { importId: newId(), at: Date.now(), created: [], merged: [] };
  const total = plan.create.length + plan.merge.length;
  let done = 0;

  const ids = newIds(plan.create.length);
  for (let start = 0; start < plan.create.length; start += chunk) {
    const slice = plan.create.slice(start, start + chunk);
    const docs: [string, Y.Doc][] = slice.map((record, i) => [ids[start + i], newCustomerDoc(ids[start + i], record, source, origin)]);
    await target.saveNewCustomerDocs(docs);
    const now = Date.now();
    // A new customer's imported stage is a move right after its creation, as if made by hand.
    const moves: (StageEntry & { customerId: string })[] = [];
    target.workspace.transact(() => {
      slice.forEach((record, i) => {
        const id = docs[i][0];
        undo.created.push(id);
        addCustomerCard(target.workspace, id, { name: record.name.slice(0, 500), company: record.company.slice(0, 500), owner: target.owner, createdAt: now, tags: record.tags.map((t) => t.slice(0, 100)) }, origin);
        if (record.stage && record.stage !== 'prospect') moves.push({ customerId: id, stage: record.stage, at: now + 1, by: target.owner });
      });
      // One append per chunk (appendLog starts near the end, so this stays linear).
      if (moves.length) appendStageMoves(target.workspace, moves, origin);
    }, origin);
    done += slice.length;
    await target.onProgress?.(done, total);
  }

  for (let start = 0; start < plan.merge.length; start += chunk) {
    for (const entry of plan.merge.slice(start, start + chunk)) {
      const doc = await target.getCustomerDoc(entry.customerId);
      const { profile } = readProfile(doc);
      const before: Record<string, unknown> = {};
      const { record } = entry;
      const emails = uniqueEmails([...profile.emails, ...record.emails]);
      const phones = [...new Set([...profile.phones, ...record.phones])];
      doc.transact(() => {
        const change = <K extends 'emails' | 'phones' | 'role' | 'address'>(field: K, value: (typeof profile)[K]) => {
          before[field] = profile[field];
          setProfileField(doc, field, value, origin);
        };
        if (emails.length !== profile.emails.length) change('emails', emails.slice(0, 50));
        if (phones.length !== profile.phones.length) change('phones', phones.slice(0, 50));
        if (!profile.role && record.role) change('role', record.role.slice(0, 200));
        if (!profile.address && record.address) change('address', record.address.slice(0, 2000));
      }, origin);
      // A differing role is not overwritten: it goes to the notebook with the notes.
      const extra = [record.role && profile.role && record.role !== profile.role ? `Role in ${source}: ${record.role}` : '', notesMarkdown(record, source)].filter(Boolean).join('\n\n');
      const notesClient = extra ? appendNotebookMarkdown(doc, extra.startsWith('##') ? extra : `## Imported from ${source}\n\n${extra}`, origin) : null;
      undo.merged.push({ customerId: entry.customerId, profileBefore: before, notesClient });
      done++;
    }
    await target.onProgress?.(done, total);
  }
  return undo;
}

/**
 * Takes an import back: created customers are removed (cards, stage moves);
 * merged customers get their previous profile values back and the imported
 * notebook text removed. Edits made since to other fields are kept.
 */
export async function undoImport(
  undo: ImportUndo,
  target: Pick<ApplyTarget, 'workspace' | 'getCustomerDoc' | 'origin'> & {
    deleteCustomerDoc(customerId: string): Promise<void>;
    /** Called once the cards are gone from the workspace doc, before the docs are deleted one by one. */
    afterCardsRemoved?(): Promise<void>;
  },
): Promise<void> {
  const origin = target.origin ?? 'import-undo';
  const created = new Set(undo.created);
  target.workspace.transact(() => {
    for (const id of created) customersMap(target.workspace).delete(id);
    const moves = stageMovesArray(target.workspace);
    for (let i = moves.length - 1; i >= 0; i--) {
      const move = moves.get(i) as { customerId?: unknown } | undefined;
      if (typeof move?.customerId === 'string' && created.has(move.customerId)) moves.delete(i, 1);
    }
  }, origin);
  await target.afterCardsRemoved?.();
  for (const id of created) await target.deleteCustomerDoc(id);
  for (const merged of undo.merged) {
    const doc = await target.getCustomerDoc(merged.customerId);
    doc.transact(() => {
      for (const [field, value] of Object.entries(merged.profileBefore)) setProfileField(doc, field as never, value as never, origin);
    }, origin);
    if (merged.notesClient !== null) removeBlocksBy(doc, merged.notesClient, origin);
  }
}

/** Removes the notebook's top-level blocks written by one client id (the import's appended notes). */
function removeBlocksBy(doc: Y.Doc, client: number, origin: unknown): void {
  const root = doc.get('root', Y.XmlText) as Y.XmlText;
  doc.transact(() => {
    const removals: number[] = [];
    let index = 0;
    for (const op of root.toDelta() as { insert: unknown }[]) {
      if (op.insert instanceof Y.XmlText && op.insert._item?.id.client === client) removals.push(index);
      index += typeof op.insert === 'string' ? op.insert.length : 1;
    }
    for (const at of removals.reverse()) root.delete(at, 1);
  }, origin);
}
