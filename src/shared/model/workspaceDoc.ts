import * as Y from 'yjs';
import { cardFieldSchemas, stageEntrySchema, type CardField, type StageEntry, type Tier } from './schemas';
import { readField, type InvalidField } from './validation';
import { stageRank, type Stage } from '../stages';

/**
 * The workspace doc: the directory of customers. Top-level types:
 * - `customers`: Y.Map<customerId, Y.Map> — one card per customer; its stage
 *   history is a Y.Array under the card's `stages` key.
 * - `settings`: Y.Map — workspace name, custom field definitions, stage thresholds.
 * - `members`: Y.Map<memberId, {name, color}>.
 *
 * The current stage is not stored: it is the latest entry of the stage history
 * (ordered by time, then author, then stage), so concurrent moves converge to the
 * same stage on every device and every move stays in the history.
 */
export const WS_CUSTOMERS = 'customers';
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

export function customersMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(WS_CUSTOMERS);
}

export function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(WS_SETTINGS);
}

/** Adds a card. Returns its id. The caller creates the customer doc (see customerDoc.ts). */
export function addCustomerCard(doc: Y.Doc, id: string, input: NewCustomer, origin?: unknown): string {
  const createdAt = input.createdAt ?? Date.now();
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    card.set('name', input.name.trim());
    card.set('company', input.company.trim());
    card.set('owner', input.owner);
    card.set('tags', input.tags ?? []);
    card.set('tierOverride', null);
    card.set('createdAt', createdAt);
    card.set('archived', false);
    card.set('cadenceDays', null);
    const stages = new Y.Array<unknown>();
    stages.push([{ stage: input.stage ?? 'prospect', at: createdAt, by: input.owner }]);
    card.set('stages', stages);
    customersMap(doc).set(id, card);
  }, origin);
  return id;
}

export function setCardField<K extends CardField>(
  doc: Y.Doc,
  id: string,
  field: K,
  value: unknown,
  origin?: unknown,
): void {
  const card = customersMap(doc).get(id);
  if (!card) throw new Error(`No customer ${id}`);
  const parsed = cardFieldSchemas[field].safeParse(value);
  if (!parsed.success) throw new Error(`Invalid ${field}: ${parsed.error.issues[0]?.message ?? 'bad value'}`);
  doc.transact(() => card.set(field, parsed.data), origin);
}

/** Records a stage move in the card's history (who and when). No-op if already there. */
export function moveToStage(doc: Y.Doc, id: string, stage: Stage, by: string, at = Date.now(), origin?: unknown): boolean {
  const card = customersMap(doc).get(id);
  if (!card) throw new Error(`No customer ${id}`);
  const current = readCard(id, card);
  if (current.stage === stage) return false;
  // Never record a move earlier than the current entry: clocks differ between devices.
  const when = Math.max(at, current.stageEnteredAt + 1);
  doc.transact(() => {
    let stages = card.get('stages');
    if (!(stages instanceof Y.Array)) {
      stages = new Y.Array<unknown>();
      card.set('stages', stages);
    }
    (stages as Y.Array<unknown>).push([{ stage, at: when, by }]);
  }, origin);
  return true;
}

/** Orders stage entries deterministically, so every device agrees on the current stage. */
export function compareStageEntries(a: StageEntry, b: StageEntry): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  return stageRank(a.stage) - stageRank(b.stage);
}

export function readStageHistory(card: Y.Map<unknown>, invalid: InvalidField[]): StageEntry[] {
  const stages = card.get('stages');
  if (stages === undefined) return [];
  if (!(stages instanceof Y.Array)) {
    invalid.push({ field: 'stages', raw: stages, message: 'expected a list of stage moves' });
    return [];
  }
  const entries: StageEntry[] = [];
  stages.forEach((raw, index) => {
    const parsed = stageEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else invalid.push({ field: `stages[${index}]`, raw, message: parsed.error.issues[0]?.message ?? 'invalid' });
  });
  return entries.sort(compareStageEntries);
}

export function readCard(id: string, card: Y.Map<unknown>): CustomerCard {
  const invalid: InvalidField[] = [];
  const f = cardFieldSchemas;
  const history = readStageHistory(card, invalid);
  const createdAt = readField('createdAt', f.createdAt, card.get('createdAt'), 0, invalid);
  const last = history[history.length - 1];
  return {
    id,
    name: readField('name', f.name, card.get('name'), '', invalid),
    company: readField('company', f.company, card.get('company'), '', invalid),
    owner: readField('owner', f.owner, card.get('owner'), '', invalid),
    tags: readField('tags', f.tags, card.get('tags'), [], invalid),
    tierOverride: readField('tierOverride', f.tierOverride, card.get('tierOverride'), null, invalid),
    createdAt,
    archived: readField('archived', f.archived, card.get('archived'), false, invalid),
    cadenceDays: readField('cadenceDays', f.cadenceDays, card.get('cadenceDays'), null, invalid),
    stage: last?.stage ?? 'prospect',
    stageEnteredAt: last?.at ?? createdAt,
    stageHistory: history,
    invalid,
  };
}

/** Every card, archived ones included; a card that is not a map is reported, not dropped. */
export function readAllCards(doc: Y.Doc): { cards: CustomerCard[]; broken: InvalidField[] } {
  const cards: CustomerCard[] = [];
  const broken: InvalidField[] = [];
  customersMap(doc).forEach((card, id) => {
    if (card instanceof Y.Map) cards.push(readCard(id, card));
    else broken.push({ field: `customers.${id}`, raw: card, message: 'expected a customer card' });
  });
  return { cards, broken };
}

export function readCardById(doc: Y.Doc, id: string): CustomerCard | undefined {
  const card = customersMap(doc).get(id);
  return card instanceof Y.Map ? readCard(id, card) : undefined;
}
