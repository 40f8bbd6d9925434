import type * as Y from 'yjs';
import type { Profile, ProfileField } from '../model/schemas';
import type { CustomerCard } from '../model/workspaceDoc';
import { STAGE_LABELS } from '../stages';
import type { ImportRecord } from './types';
import { normalizeEmail } from './normalize';
import { normalizeLine } from './notebookText';
import { hashedLookup, historyKey, readMergeSource, type MergeBasis, type MergeProfile } from './mergeBasis';
import { personName, type PeopleDirectory } from '../model/members';
import { formatMoney, type Money } from '../money/money';
import { purchaseKey } from './purchases';
import type { ValueProblem } from './types';

/** What a merge compares against: the customer as stored on this device. */
export interface ExistingState {
  profile: MergeProfile;
  card: Pick<CustomerCard, 'name' | 'company' | 'owner' | 'tags' | 'createdAt' | 'stage'>;
  /** The notebook's lines, normalized (see notebookLines). */
  notebook: { has(line: string): boolean };
  /** Values already in each field's history (see historyKey), so a re-import does not add them again. */
  history: { has(key: string): boolean };
  /** What imports added as purchases, by source, column and currency (see purchaseKey). */
  purchases: Readonly<Record<string, number>>;
}

/**
 * A card as a merge compares it: its owner by name (the card holds a member id; the
 * file holds a name), so a re-import of the same owner notes nothing.
 */
export function cardForMerge(card: ExistingState['card'], people: PeopleDirectory): ExistingState['card'] {
  return card.owner ? { ...card, owner: personName(card.owner, people) } : card;
}

/** Reads what a merge needs from a customer's doc. */
export function existingStateOf(doc: Y.Doc, card: ExistingState['card']): ExistingState {
  const { profile, lines, history, purchases } = readMergeSource(doc);
  return { profile, card, notebook: new Set(lines), history: new Set(history), purchases };
}

/** The same from the customer's digest (see MergeBasis): no doc decoded. */
export function existingStateFromBasis(basis: MergeBasis, card: ExistingState['card']): ExistingState {
  return { profile: basis.profile, card, notebook: hashedLookup(basis.notebook), history: hashedLookup(basis.history), purchases: basis.purchases };
}

/** Phones compare by their digits: "+44 20 7946 0001" and "+442079460001" are one number. */
const phoneKey = (phone: string) => phone.replace(/[^\d+]/g, '');

/** The website is kept as a custom field of this name (the profile has no field of its own for it). */
export const WEBSITE_FIELD = 'Website';

export type MergeChange =
  | { kind: 'emails'; add: string[] }
  | { kind: 'phones'; add: string[] }
  | { kind: 'fill'; field: 'role' | 'address'; value: string }
  | { kind: 'dates'; add: Profile['importantDates'] }
  | { kind: 'custom'; key: string; value: string }
  /** A value that differs from the one the customer has: kept in the field's history, the current value stays. */
  | { kind: 'history'; field: ProfileField; value: unknown; shown: string }
  | { kind: 'tags'; add: string[] }
  | { kind: 'customerSince'; at: number; date: string }
  | { kind: 'owner'; value: string }
  | { kind: 'notes'; lines: string[] }
  /**
   * A purchase for an amount column: the column's total to date less what
   * earlier imports of it added (all of it the first time). Dated by the row's
   * created date the first time (null: the import day). `interactionId` is set
   * when written, for Undo.
   */
  | { kind: 'purchase'; column: string; money: Money; total: Money; raw: string; date: string | null; partOfTotal: boolean; interactionId?: string };

/** A calendar date as the instant a card stores: midday UTC, so it shows as that day in every zone people work in. */
export function dateToCardInstant(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 12);
}

/** The lines an import writes into the notebook for a record (its notes, and what has no field of its own). */
export function noteLines(record: ImportRecord, source: string, existing: ExistingState | null): string[] {
  const lines = record.notes.split('\n').map((l) => l.trim()).filter(Boolean);
  if (existing && record.owner && existing.card.owner && normalizeLine(record.owner) !== normalizeLine(existing.card.owner)) lines.push(`Owner in ${source}: ${record.owner}`);
  if (existing && record.stage && record.stage !== existing.card.stage) lines.push(`Stage in ${source}: ${STAGE_LABELS[record.stage]}`);
  return lines;
}

/**
 * What merging `record` into an existing customer changes: every field the
 * customer lacks is filled, lists gain what they miss, and a value that differs
 * from the customer's goes into that field's history (the customer's own value
 * stays). Nothing already there is announced or written again, so importing the
 * same file twice changes nothing the second time.
 */
export function mergeChanges(existing: ExistingState, record: ImportRecord, source: string, problems: ValueProblem[] = []): MergeChange[] {
  const { profile, card } = existing;
  const changes: MergeChange[] = [];
  const history = (field: ProfileField, value: unknown, shown: string) => {
    if (!existing.history.has(historyKey(field, value))) changes.push({ kind: 'history', field, value, shown });
  };
  const known = new Set(profile.emails.map(normalizeEmail));
  const emails = record.emails.filter((e) => !known.has(normalizeEmail(e)));
  if (emails.length) changes.push({ kind: 'emails', add: emails });
  const knownPhones = new Set(profile.phones.map(phoneKey));
  const phones = record.phones.filter((p) => !knownPhones.has(phoneKey(p)));
  if (phones.length) changes.push({ kind: 'phones', add: phones });
  for (const field of ['role', 'address'] as const) {
    const incoming = record[field].trim();
    if (!incoming) continue;
    if (!profile[field].trim()) changes.push({ kind: 'fill', field, value: incoming });
    else if (normalizeLine(incoming) !== normalizeLine(profile[field])) history(field, incoming, incoming);
  }
  const addDates: Profile['importantDates'] = [];
  for (const d of record.importantDates) {
    const same = profile.importantDates.filter((x) => x.label.toLowerCase() === d.label.toLowerCase());
    if (same.some((x) => x.date === d.date)) continue;
    if (same.length === 0) addDates.push(d);
    else history('importantDates', profile.importantDates.map((x) => (x.label.toLowerCase() === d.label.toLowerCase() ? { ...x, date: d.date } : x)), `${d.label} ${d.date}`);
  }
  if (addDates.length) changes.push({ kind: 'dates', add: addDates });
  const custom: Record<string, string> = { ...record.custom };
  if (record.websites.length) custom[WEBSITE_FIELD] = record.websites.join(', ');
  for (const [key, value] of Object.entries(custom)) {
    const current = profile.customFields[key];
    if (current === undefined || current === null || current === '') changes.push({ kind: 'custom', key, value });
    else if (String(current) !== value) history('customFields', { ...profile.customFields, [key]: value }, `${key}: ${value}`);
  }
  const knownTags = new Set(card.tags.map((t) => t.toLowerCase()));
  const tags = record.tags.filter((t) => !knownTags.has(t.toLowerCase()));
  if (tags.length) changes.push({ kind: 'tags', add: tags });
  if (record.createdAt) {
    const at = dateToCardInstant(record.createdAt);
    // Compared by day: the same day is not earlier, whatever time of it we created the card.
    if (at < card.createdAt && record.createdAt < new Date(card.createdAt).toISOString().slice(0, 10)) changes.push({ kind: 'customerSince', at, date: record.createdAt });
  }
  if (record.owner && !card.owner.trim()) changes.push({ kind: 'owner', value: record.owner });
  for (const amount of record.amounts) {
    const before = existing.purchases[purchaseKey(source, amount.column, amount.money.currency)] ?? 0;
    const { minor, currency } = amount.money;
    if (minor > before) changes.push({ kind: 'purchase', column: amount.column, money: { minor: minor - before, currency }, total: amount.money, raw: amount.raw, date: before === 0 ? record.createdAt : null, partOfTotal: before > 0 });
    else if (minor < before)
      problems.push({
        sourceRow: record.sourceRow,
        column: amount.column,
        raw: amount.raw,
        reason: `less than earlier imports of this column added to ${card.name}’s purchases: a total that went down is not read as a refund`,
      });
  }
  const lines = noteLines(record, source, existing).filter((l) => !existing.notebook.has(normalizeLine(l)));
  if (lines.length) changes.push({ kind: 'notes', lines });
  return changes;
}

/** One change as the preview says it (amounts in the workspace's `locale`). */
export function describeChange(change: MergeChange, locale = 'en-US'): string {
  switch (change.kind) {
    case 'emails':
      return `email ${change.add.join(', ')}`;
    case 'phones':
      return `phone ${change.add.join(', ')}`;
    case 'fill':
      return `${change.field} ${change.value}`;
    case 'dates':
      return change.add.map((d) => `${d.label} ${d.date}`).join(', ');
    case 'custom':
      return `${change.key} ${change.value}`;
    case 'history':
      return `${change.field === 'customFields' ? 'custom field' : change.field} “${change.shown}” kept in the field’s history (differs)`;
    case 'tags':
      return `tags ${change.add.join(', ')}`;
    case 'customerSince':
      return `customer since ${change.date}`;
    case 'owner':
      return `owner ${change.value}`;
    case 'notes':
      return change.lines.length === 1 ? 'a line of notes' : `${change.lines.length} lines of notes`;
    case 'purchase':
      return change.partOfTotal
        ? `a purchase of ${formatMoney(change.money, locale)} (“${change.column}” is ${formatMoney(change.total, locale)} to date)`
        : `a purchase of ${formatMoney(change.money, locale)} (“${change.column}”, total to date)`;
  }
}
