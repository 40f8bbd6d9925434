import * as Y from 'yjs';
import { addCustomerCards, appendStageMoves, customersMap, setCardField, stageMovesArray } from '../model/workspaceDoc';
import { cardFieldSchemas } from '../model/schemas';
import type { StageEntry } from '../model/schemas';
import { profileHistoryArray, readProfile, setProfileField } from '../model/customerDoc';
import { appendLog } from '../model/appendLog';
import { appendNoteBlocks, removeNoteBlocks } from './appendNotes';
import { createEmptyNotebook, createHeadedNotebook } from '../notebook/templates';
import { newId, newIds } from '../ids';
import type { ImportPlan } from './plan';
import type { ImportRecord } from './types';
import { normalizeEmail, uniqueEmails } from './normalize';
import { dateToCardInstant, noteLines, WEBSITE_FIELD, type MergeChange } from './merge';
import type { ImportUndo } from './undoSchema';
import type { Slicer } from './slices';
import { ImportOwners } from './importOwners';
import { takeBackMembers, type MembersTakenBack } from './undoMembers';
import type { DocPeople } from '../model/docPeople';
import { purchaseSummary, removeImportedPurchase, writeImportedPurchase } from './purchases';
import { localDateOf } from '../insights/calendar';
import { deviceTimeZone } from '../dates/eventDate';

// The schema lives apart so the customer list's import banner can read stored
// undos without the code that writes imports (and the notebook editor it needs).
export { importUndoSchema, type ImportUndo } from './undoSchema';

export interface ApplyTarget {
  workspace: Y.Doc;
  /**
   * Runs `edit` on each customer's doc of one chunk. The caller loads them (the
   * open doc, or a copy from its store), stores what `edit` wrote and may drop
   * them right after: only a chunk of docs is in memory at a time.
   */
  editCustomerDocs(ids: string[], edit: (id: string, doc: Y.Doc) => void): Promise<void>;
  /** Stores new customers' docs as their encoded state (one chunk at a time). Called before their cards are added. */
  saveNewCustomerDocs(docs: [customerId: string, state: Uint8Array][]): Promise<void>;
  /** The member importing (a new customer's owner when the file names none; the author of history entries and imported purchases). */
  owner: string;
  /** The import day (YYYY-MM-DD), the date of a purchase whose row has no created date: by default today in the device's zone. */
  today?: string;
  origin?: unknown;
  /** Called after each chunk with what is written so far (kept, so even a stopped import can be undone). */
  onProgress?(done: number, total: number, undo: ImportUndo): Promise<void> | void;
  /** Customers per chunk at most (for merges and undos: the docs in memory at a time). */
  chunkSize?: number;
  /**
   * New customers per chunk at most (default chunkSize). With a slicer a chunk
   * of new customers also ends when the slice is up, so a chunk's store write,
   * cards and progress come once per slice, not once per few milliseconds.
   */
  createChunkSize?: number;
  /**
   * Hands the thread back between customers when a slice of time is over, so
   * no chunk holds the UI however long its customers take (the caller's
   * editCustomerDocs slices its own work the same way).
   */
  slicer?: Slicer;
}

export const importedHeading = (source: string) => `Imported from ${source}`;

/**
 * The card fields a merge touches, read from the raw card alone: readCardById
 * reads every stage move of the workspace, which for 10,000 merges would be
 * quadratic. Undefined when the card is gone or not an object.
 */
function cardFields(workspace: Y.Doc, id: string): { id: string; tags: string[]; owner: string; createdAt: number } | undefined {
  const raw = customersMap(workspace).get(id) as Record<string, unknown> | undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const tags = cardFieldSchemas.tags.safeParse(raw.tags ?? []);
  const owner = cardFieldSchemas.owner.safeParse(raw.owner ?? '');
  const createdAt = cardFieldSchemas.createdAt.safeParse(raw.createdAt);
  return { id, tags: tags.success ? tags.data : [], owner: owner.success ? owner.data : '', createdAt: createdAt.success ? createdAt.data : 0 };
}

/** Who writes an import's purchases, and the day they are dated by when the row gives none. */
interface PurchaseContext {
  by: string;
  today: string;
}

function newCustomerDoc(id: string, record: ImportRecord, source: string, origin: unknown, purchases: PurchaseContext): Y.Doc {
  // A guid given, not drawn: drawing randomness per doc is a large part of a bulk import's time.
  const doc = new Y.Doc({ guid: id });
  // Each line of the notes is a paragraph of its own, as for merged customers.
  const lines = noteLines(record, source, null);
  // Templates keep 50,000-row imports fast; they write what createNotebook would.
  if (lines.length) createHeadedNotebook(doc, importedHeading(source), lines, origin);
  else createEmptyNotebook(doc, origin);
  const custom: Record<string, string> = { ...record.custom };
  if (record.websites.length) custom[WEBSITE_FIELD] = record.websites.join(', ');
  doc.transact(() => {
    if (record.emails.length) setProfileField(doc, 'emails', record.emails.slice(0, 50), origin);
    if (record.phones.length) setProfileField(doc, 'phones', record.phones.slice(0, 50), origin);
    if (record.role) setProfileField(doc, 'role', record.role.slice(0, 200), origin);
    if (record.address) setProfileField(doc, 'address', record.address.slice(0, 2000), origin);
    if (record.importantDates.length) setProfileField(doc, 'importantDates', record.importantDates.slice(0, 200), origin);
    if (Object.keys(custom).length) setProfileField(doc, 'customFields', Object.fromEntries(Object.entries(custom).map(([k, v]) => [k.slice(0, 200), v.slice(0, 5000)])), origin);
    // What the customer paid to date: one purchase per amount column, dated by the row's created date.
    for (const amount of record.amounts)
      writeImportedPurchase(doc, newId(), { source, column: amount.column, money: amount.money, date: record.createdAt ?? purchases.today, summary: purchaseSummary(source, amount, false), by: purchases.by }, origin);
  }, origin);
  return doc;
}

/**
 * Writes a merge's changes into the customer's doc, in one transaction (one
 * update to store and send); returns the ids of the notebook blocks appended.
 */
function mergeIntoDoc(doc: Y.Doc, changes: MergeChange[], ctx: { source: string; by: string; importId: string; at: number; origin: unknown; today: string }): [number, number][] {
  const { profile } = readProfile(doc);
  const { origin } = ctx;
  let blocks: [number, number][] = [];
  doc.transact(() => {
    for (const change of changes) {
      switch (change.kind) {
        case 'emails':
          setProfileField(doc, 'emails', uniqueEmails([...profile.emails, ...change.add]).slice(0, 50), origin);
          break;
        case 'phones':
          setProfileField(doc, 'phones', [...new Set([...profile.phones, ...change.add])].slice(0, 50), origin);
          break;
        case 'fill':
          setProfileField(doc, change.field, change.value.slice(0, change.field === 'role' ? 200 : 2000), origin);
          break;
        case 'dates':
          setProfileField(doc, 'importantDates', [...profile.importantDates, ...change.add].slice(0, 200), origin);
          break;
        case 'custom':
          profile.customFields = { ...profile.customFields, [change.key.slice(0, 200)]: change.value.slice(0, 5000) };
          setProfileField(doc, 'customFields', profile.customFields, origin);
          break;
        case 'history':
          // Marked with the import, so undoing it takes exactly these entries back out.
          appendLog(profileHistoryArray(doc), [{ field: change.field, value: change.value, at: ctx.at, by: `${ctx.by} (import from ${ctx.source})`, importId: ctx.importId }]);
          break;
        case 'notes':
          // Each line a paragraph, as for new customers.
          blocks = appendNoteBlocks(doc, importedHeading(ctx.source), change.lines, origin);
          break;
        case 'purchase':
          // The id goes into the undo record with the change (set once: writing the plan again rewrites the same purchase).
          change.interactionId ??= newId();
          writeImportedPurchase(
            doc,
            change.interactionId,
            { source: ctx.source, column: change.column, money: change.money, date: change.date ?? ctx.today, summary: purchaseSummary(ctx.source, change, change.partOfTotal), by: ctx.by },
            origin,
          );
          break;
        default:
          break;
      }
    }
  }, origin);
  return blocks;
}

/**
 * Writes an import plan: new customers (doc stored first, then the card), and
 * merges (see mergeChanges): nothing an existing customer has is overwritten.
 * Works in chunks with progress; returns the undo record.
 */
export async function applyImportPlan(plan: ImportPlan, target: ApplyTarget, source: string): Promise<ImportUndo> {
  const origin = target.origin ?? 'import';
  const chunk = target.chunkSize ?? 250;
  const undo: ImportUndo = { importId: newId(), at: Date.now(), created: [], merged: [] };
  const total = plan.create.length + plan.merge.length;
  let done = 0;

  // Owners named in the file become members (matched by name, or added once).
  const owners = new ImportOwners(target.workspace, Date.now(), origin, (member) => (undo.members ??= []).push(member.id));
  const today = target.today ?? localDateOf(Date.now(), deviceTimeZone());
  const purchases: PurchaseContext = { by: target.owner, today };
  const ids = newIds(plan.create.length);
  const createChunk = target.createChunkSize ?? chunk;
  for (let start = 0; start < plan.create.length; ) {
    const docs: [string, Uint8Array][] = [];
    while (docs.length < createChunk && start + docs.length < plan.create.length) {
      const i = start + docs.length;
      const doc = newCustomerDoc(ids[i], plan.create[i], source, origin, purchases);
      // Encoded and dropped at once: docs held through a chunk outlive young-generation collections,
      // are copied and promoted, and then cost full collections (a third of the commit's time).
      docs.push([ids[i], Y.encodeStateAsUpdate(doc)]);
      doc.destroy();
      // The slice is up: this chunk ends here and the thread is handed back after its progress.
      if (target.slicer?.due()) break;
    }
    const slice = plan.create.slice(start, start + docs.length);
    start += docs.length;
    await target.saveNewCustomerDocs(docs);
    const now = Date.now();
    // A new customer's imported stage is a move right after its creation, as if made by hand.
    const moves: (StageEntry & { customerId: string })[] = [];
    target.workspace.transact(() => {
      const cards = slice.map((record, i) => {
        const id = docs[i][0];
        undo.created.push(id);
        const createdAt = record.createdAt ? Math.min(now, dateToCardInstant(record.createdAt)) : now;
        if (record.stage && record.stage !== 'prospect') moves.push({ customerId: id, stage: record.stage, at: Math.max(now, createdAt) + 1, by: target.owner });
        return {
          id,
          input: { name: record.name.slice(0, 500), company: record.company.slice(0, 500), owner: (record.owner ? owners.resolve(record.owner) : target.owner).slice(0, 200), createdAt, tags: record.tags.map((t) => t.slice(0, 100)) },
        };
      });
      // The cards and their first moves in one write, then the imported stages: one append each per chunk
      // (appendLog starts near the end, so this stays linear), which Yjs packs into one struct.
      addCustomerCards(target.workspace, cards, origin);
      if (moves.length) appendStageMoves(target.workspace, moves, origin);
    }, origin);
    done += slice.length;
    await target.onProgress?.(done, total, undo);
    if (target.slicer?.due()) await target.slicer.pause();
  }

  for (let start = 0; start < plan.merge.length; start += chunk) {
    const slice = plan.merge.slice(start, start + chunk);
    const byId = new Map(slice.map((entry) => [entry.customerId, entry]));
    const at = Date.now();
    const written = new Map<string, [number, number][]>();
    await target.editCustomerDocs([...byId.keys()], (id, doc) => {
      const entry = byId.get(id)!;
      written.set(id, mergeIntoDoc(doc, entry.changes, { source, by: target.owner, importId: undo.importId, at, origin, today }));
    });
    target.workspace.transact(() => {
      for (const entry of slice) {
        if (!written.has(entry.customerId)) continue;
        const card = cardFields(target.workspace, entry.customerId);
        let createdAtBefore: number | null = null;
        for (const change of entry.changes) {
          if (!card) break;
          if (change.kind === 'tags') setCardField(target.workspace, card.id, 'tags', [...card.tags, ...change.add].slice(0, 200).map((t) => t.slice(0, 100)), origin);
          if (change.kind === 'owner') setCardField(target.workspace, card.id, 'owner', owners.resolve(change.value), origin);
          if (change.kind === 'customerSince') {
            createdAtBefore = card.createdAt;
            setCardField(target.workspace, card.id, 'createdAt', change.at, origin);
          }
        }
        // The undo record holds the owner as written to the card (a member id), so Undo finds it there.
        const changes = entry.changes.map((change) => (change.kind === 'owner' ? { ...change, value: owners.resolve(change.value) } : change));
        undo.merged.push({ customerId: entry.customerId, changes, createdAtBefore, notesBlocks: written.get(entry.customerId) ?? [] });
      }
    }, origin);
    done += slice.length;
    await target.onProgress?.(done, total, undo);
    if (target.slicer?.due()) await target.slicer.pause();
  }
  return undo;
}

/**
 * Takes an import back: created customers are removed (cards, stage moves);
 * from merged customers exactly what the import added is taken out (emails,
 * phones, dates, tags it added, fields it filled if still as filled, its history
 * entries and notebook section). Edits made since are kept. The members it
 * added go too, unless something refers to them now (see takeBackMembers).
 */
export async function undoImport(
  undo: ImportUndo,
  target: Pick<ApplyTarget, 'workspace' | 'editCustomerDocs' | 'origin' | 'chunkSize'> & {
    deleteCustomerDoc(customerId: string): Promise<void>;
    /** Called once the cards are gone from the workspace doc, before the docs are deleted one by one. */
    afterCardsRemoved?(): Promise<void>;
    onProgress?(done: number, total: number): Promise<void> | void;
    /**
     * The people named by every customer doc but `removed` (see DocPeople; null
     * for a doc not readable here): whether a member the import added is still
     * referred to. Without it those members are kept.
     */
    peopleInDocs?(removed: ReadonlySet<string>): Promise<Iterable<DocPeople | null>>;
  },
): Promise<{ members: MembersTakenBack }> {
  const origin = target.origin ?? 'import-undo';
  const chunk = target.chunkSize ?? 250;
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
  const total = created.size + undo.merged.length;
  let done = 0;
  for (const id of created) {
    await target.deleteCustomerDoc(id);
    if (++done % chunk === 0) await target.onProgress?.(done, total);
  }
  for (let start = 0; start < undo.merged.length; start += chunk) {
    const slice = undo.merged.slice(start, start + chunk);
    const byId = new Map(slice.map((m) => [m.customerId, m]));
    await target.editCustomerDocs([...byId.keys()], (id, doc) => takeBack(doc, byId.get(id)!, undo.importId, origin));
    target.workspace.transact(() => {
      for (const merged of slice) {
        const card = cardFields(target.workspace, merged.customerId);
        if (!card) continue;
        for (const change of merged.changes) {
          if (change.kind === 'tags') {
            const added = new Set(change.add.map((t) => t.toLowerCase()));
            setCardField(target.workspace, card.id, 'tags', card.tags.filter((t) => !added.has(t.toLowerCase())), origin);
          }
          if (change.kind === 'owner' && card.owner === change.value) setCardField(target.workspace, card.id, 'owner', '', origin);
          if (change.kind === 'customerSince' && card.createdAt === change.at && merged.createdAtBefore !== null) setCardField(target.workspace, card.id, 'createdAt', merged.createdAtBefore, origin);
        }
      }
    }, origin);
    done += slice.length;
    await target.onProgress?.(done, total);
  }
  if (!undo.members?.length) return { members: { removed: [], kept: [] } };
  const docs = target.peopleInDocs ? await target.peopleInDocs(created) : [null];
  return { members: takeBackMembers(target.workspace, undo.members, docs, origin) };
}

function takeBack(doc: Y.Doc, merged: ImportUndo['merged'][number], importId: string, origin: unknown): void {
  const { profile } = readProfile(doc);
  doc.transact(() => {
    for (const change of merged.changes) {
      switch (change.kind) {
        case 'emails': {
          const added = new Set(change.add.map(normalizeEmail));
          setProfileField(doc, 'emails', profile.emails.filter((e) => !added.has(normalizeEmail(e))), origin);
          break;
        }
        case 'phones': {
          const added = new Set(change.add);
          setProfileField(doc, 'phones', profile.phones.filter((p) => !added.has(p)), origin);
          break;
        }
        case 'fill':
          if (profile[change.field] === change.value.slice(0, change.field === 'role' ? 200 : 2000)) setProfileField(doc, change.field, '', origin);
          break;
        case 'dates':
          setProfileField(doc, 'importantDates', profile.importantDates.filter((d) => !change.add.some((a) => a.label === d.label && a.date === d.date)), origin);
          break;
        case 'custom':
          if (profile.customFields[change.key] === change.value) {
            const { [change.key]: _gone, ...rest } = profile.customFields;
            profile.customFields = rest;
            setProfileField(doc, 'customFields', rest, origin);
          }
          break;
        case 'purchase':
          if (change.interactionId) removeImportedPurchase(doc, change.interactionId, change.money, origin);
          break;
        default:
          break;
      }
    }
    const history = profileHistoryArray(doc);
    for (let i = history.length - 1; i >= 0; i--) if ((history.get(i) as { importId?: unknown } | undefined)?.importId === importId) history.delete(i, 1);
  }, origin);
  if (merged.notesBlocks.length) removeNoteBlocks(doc, merged.notesBlocks, origin);
}
