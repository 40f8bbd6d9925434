import type * as Y from 'yjs';
import { cardFieldSchemas, cardSchema, stageMoveSchema, type CardField, type StageEntry, type Tier } from './schemas';
import { readField, type InvalidField } from './validation';
import { stageRank, type Stage } from '../stages';
import { appendLog } from './appendLog';

/**
 * The workspace doc: the directory of customers. Top-level types:
 * - `customers`: Y.Map<customerId, card object> — one plain object per customer
 *   (name, company, owner, tags, tierOverride, createdAt, archived, cadenceDays, mergedInto).
 *   Plain objects rather than nested Y.Maps: a 5,000-customer directory then
 *   decodes in tens of milliseconds instead of hundreds (nested types cost a
 *   struct per field). The price is last-writer-wins per card for concurrent
 *   edits of different card fields; the detailed profile, where people type,
 *   lives in the customer doc with one key per field.
 * - `stageMoves`: Y.Array of {customerId, stage, at, by} — the stage history of
 *   every customer, append-only (consecutive appends pack into one struct).
 * - `settings`: Y.Map — workspace name, custom field definitions, stage thresholds.
 * - `members`: Y.Map<memberId, {name, color}>.
 *
 * The current stage is not stored: it is the latest move in the history
 * (ordered by time, then author, then stage), so concurrent moves converge to the
 * same stage on every device and every move stays in the history.
 */
export const WS_CUSTOMERS = 'customers';
export const WS_STAGE_MOVES = 'stageMoves';
export const WS_SETTINGS = 'settings';
export const WS_MEMBERS = 'members';

export interface CustomerCard {
  id: string;
  name: string;
  company: string;
  owner: string;
  tags: string[];
  tierOverride: Tier | null;
  createdAt: number;
  archived: boolean;
  cadenceDays: number | null;
  /** Set when this customer was merged into another (see mergeCustomers); such a card is archived. */
  mergedInto?: string | null;
  stage: Stage;
  stageEnteredAt: number;
  stageHistory: StageEntry[];
  /** Values that failed validation; kept in the doc, shown as invalid. */
  invalid: InvalidField[];
}

export interface NewCustomer {
  name: string;
  company: string;
  owner: string;
  stage?: Stage;
  tags?: string[];
  createdAt?: number;
}

export function customersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(WS_CUSTOMERS);
}

export function stageMovesArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(WS_STAGE_MOVES);
}

export function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(WS_SETTINGS);
}

type RawCard = Record<string, unknown>;

function rawCard(doc: Y.Doc, id: string): RawCard {
  const raw = customersMap(doc).get(id);
  if (raw === undefined) throw new Error(`No customer ${id}`);
  // A card that is not an object (hostile peer) is replaced only field by field, never silently.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`Customer ${id} is damaged and cannot be edited`);
  return raw as RawCard;
}

/** Adds a card and its first stage move. Returns its id. The caller creates the customer doc. */
export function addCustomerCard(doc: Y.Doc, id: string, input: NewCustomer, origin?: unknown): string {
  addCustomerCards(doc, [{ id, input }], origin);
  return id;
}

/**
 * Adds cards and their first stage moves in one write, the moves in one
 * append after the cards: a move appended after each card is a log struct of
 * its own (the card between them stops Yjs merging them), and an import of
 * 40,000 customers left 40,000 of them for every device to decode at each
 * start. The caller creates the customer docs.
 */
export function addCustomerCards(doc: Y.Doc, cards: readonly { id: string; input: NewCustomer }[], origin?: unknown): void {
  const now = Date.now();
  doc.transact(() => {
    const moves: (StageEntry & { customerId: string })[] = [];
    for (const { id, input } of cards) {
      const createdAt = input.createdAt ?? now;
      const card: RawCard = {
        name: input.name.trim(),
        company: input.company.trim(),
        owner: input.owner,
        createdAt,
      };
      if (input.tags && input.tags.length > 0) card.tags = input.tags;
      customersMap(doc).set(id, card);
      moves.push({ customerId: id, stage: input.stage ?? 'prospect', at: createdAt, by: input.owner });
    }
    if (moves.length) appendLog(stageMovesArray(doc), moves);
  }, origin);
}

/**
 * Sets one card field. Other fields, unknown keys written by newer versions and
 * invalid values are carried over untouched.
 */
export function setCardField<K extends CardField>(
  doc: Y.Doc,
  id: string,
  field: K,
  value: unknown,
  origin?: unknown,
): void {
  const current = rawCard(doc, id);
  const parsed = cardFieldSchemas[field].safeParse(value);
  if (!parsed.success) throw new Error(`Invalid ${field}: ${parsed.error.issues[0]?.message ?? 'bad value'}`);
  doc.transact(() => customersMap(doc).set(id, { ...current, [field]: parsed.data }), origin);
}

/**
 * Sets several card fields in one write (a merge archives a card and points it at
 * the customer it went into): validated like setCardField, other keys kept.
 */
export function setCardFields(doc: Y.Doc, id: string, fields: Partial<Record<CardField, unknown>>, origin?: unknown): void {
  const next: RawCard = { ...rawCard(doc, id) };
  for (const [field, value] of Object.entries(fields) as [CardField, unknown][]) {
    const parsed = cardFieldSchemas[field].safeParse(value);
    if (!parsed.success) throw new Error(`Invalid ${field}: ${parsed.error.issues[0]?.message ?? 'bad value'}`);
    next[field] = parsed.data;
  }
  doc.transact(() => customersMap(doc).set(id, next), origin);
}

/** Appends a stage move as is: for generators and importers that already know the history. */
export function appendStageMoves(doc: Y.Doc, moves: (StageEntry & { customerId: string })[], origin?: unknown): void {
  doc.transact(() => appendLog(stageMovesArray(doc), moves), origin);
}

/** Records a stage move (who, when, and why if given). No-op if the customer is already in that stage. */
export function moveToStage(doc: Y.Doc, id: string, stage: Stage, by: string, at = Date.now(), origin?: unknown, reason?: string): boolean {
  const history = stageHistoryOf(doc, id);
  const last = history[history.length - 1];
  if (last?.stage === stage) return false;
  // Never record a move earlier than the current entry: clocks differ between devices.
  const when = last ? Math.max(at, last.at + 1) : at;
  const why = reason?.trim().slice(0, 500);
  doc.transact(() => appendLog(stageMovesArray(doc), [{ customerId: id, stage, at: when, by, ...(why ? { reason: why } : {}) }]), origin);
  return true;
}

/** Orders stage entries deterministically, so every device agrees on the current stage. */
export function compareStageEntries(a: StageEntry, b: StageEntry): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  return stageRank(a.stage) - stageRank(b.stage);
}

/**
 * Groups every stage move by customer, sorted. Invalid entries are reported
 * under the customer they name (or under `stageMoves` when even that is unreadable).
 * With `only`, just those customers' moves are read.
 */
export function readStageMoves(doc: Y.Doc, only?: ReadonlySet<string>): { byCustomer: Map<string, StageEntry[]>; invalid: Map<string, InvalidField[]> } {
  const byCustomer = new Map<string, StageEntry[]>();
  const invalid = new Map<string, InvalidField[]>();
  stageMovesArray(doc).forEach((raw, index) => {
    // Work on a selection (a bulk move) parses only its customers' entries.
    if (only && !only.has((raw as { customerId?: unknown } | null)?.customerId as string)) return;
    const parsed = stageMoveSchema.safeParse(raw);
    if (parsed.success) {
      const { customerId, ...entry } = parsed.data;
      let list = byCustomer.get(customerId);
      if (!list) byCustomer.set(customerId, (list = []));
      list.push(entry as StageEntry);
      return;
    }
    const owner = typeof (raw as { customerId?: unknown })?.customerId === 'string' ? (raw as { customerId: string }).customerId : WS_STAGE_MOVES;
    let list = invalid.get(owner);
    if (!list) invalid.set(owner, (list = []));
    list.push({ field: `stageMoves[${index}]`, raw, message: parsed.error.issues[0]?.message ?? 'invalid' });
  });
  for (const list of byCustomer.values()) list.sort(compareStageEntries);
  return { byCustomer, invalid };
}

export function stageHistoryOf(doc: Y.Doc, id: string): StageEntry[] {
  return readStageMoves(doc, new Set([id])).byCustomer.get(id) ?? [];
}

export function readCard(id: string, raw: unknown, history: StageEntry[], historyInvalid: InvalidField[] = []): CustomerCard {
  const invalid: InvalidField[] = [...historyInvalid];
  const card: RawCard = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as RawCard) : {};
  if (card !== raw) invalid.push({ field: 'card', raw, message: 'expected a customer card object' });
  const last = history[history.length - 1];
  // Fast path: one parse for a whole valid card; field by field only when something is wrong.
  const whole = cardSchema.safeParse(card);
  if (whole.success) {
    const c = whole.data;
    return {
      id,
      name: c.name,
      company: c.company,
      owner: c.owner,
      tags: c.tags ?? [],
      tierOverride: c.tierOverride ?? null,
      createdAt: c.createdAt,
      archived: c.archived ?? false,
      cadenceDays: c.cadenceDays ?? null,
      mergedInto: c.mergedInto ?? null,
      stage: last?.stage ?? 'prospect',
      stageEnteredAt: last?.at ?? c.createdAt,
      stageHistory: history,
      invalid,
    };
  }
  const f = cardFieldSchemas;
  const createdAt = readField('createdAt', f.createdAt, card.createdAt, 0, invalid);
  return {
    id,
    name: readField('name', f.name, card.name, '', invalid),
    company: readField('company', f.company, card.company, '', invalid),
    owner: readField('owner', f.owner, card.owner, '', invalid),
    tags: readField('tags', f.tags, card.tags, [], invalid),
    tierOverride: readField('tierOverride', f.tierOverride, card.tierOverride, null, invalid),
    createdAt,
    archived: readField('archived', f.archived, card.archived, false, invalid),
    cadenceDays: readField('cadenceDays', f.cadenceDays, card.cadenceDays, null, invalid),
    mergedInto: readField('mergedInto', f.mergedInto, card.mergedInto, null, invalid),
    stage: last?.stage ?? 'prospect',
    stageEnteredAt: last?.at ?? createdAt,
    stageHistory: history,
    invalid,
  };
}

/** Every card, archived ones included. A damaged card is read as invalid, never dropped. */
export function readAllCards(doc: Y.Doc): CustomerCard[] {
  const { byCustomer, invalid } = readStageMoves(doc);
  const cards: CustomerCard[] = [];
  customersMap(doc).forEach((raw, id) => {
    cards.push(readCard(id, raw, byCustomer.get(id) ?? [], invalid.get(id)));
  });
  return cards;
}

export function readCardById(doc: Y.Doc, id: string): CustomerCard | undefined {
  const raw = customersMap(doc).get(id);
  if (raw === undefined) return undefined;
  const { byCustomer, invalid } = readStageMoves(doc);
  return readCard(id, raw, byCustomer.get(id) ?? [], invalid.get(id));
}
