import type { CustomerCard } from '../model/workspaceDoc';
import type { ImportRecord, MalformedRow, ValueProblem } from './types';
import { normalizeEmail, uniqueEmails } from './normalize';
import { mergeChanges, type ExistingState, type MergeChange } from './merge';
import { runSync, type Steps } from './slices';
import { addAmounts } from './amounts';

/** A customer already in the workspace, as matching needs it: the card and the emails its digest knows. */
export interface DirectoryEntry {
  card: CustomerCard;
  emails: readonly string[];
}

export interface MergeEntry {
  record: ImportRecord;
  customerId: string;
  matchedBy: 'email' | 'name and company';
  /** What the merge writes (empty: unchanged). */
  changes: MergeChange[];
}

/** What the user decided for a value that cannot be read: import its row without it, or skip the row. */
export type ProblemDecision = 'drop' | 'skip';

export interface Matching {
  create: ImportRecord[];
  matches: { record: ImportRecord; customerId: string; matchedBy: MergeEntry['matchedBy'] }[];
  /** Rows the user chose to skip for a value that cannot be read. */
  skipped: MalformedRow[];
  folded: number;
}

export interface ImportPlan {
  create: ImportRecord[];
  /** Existing customers the file adds something to. */
  merge: MergeEntry[];
  /** Existing customers the file has nothing new for. */
  unchanged: MergeEntry[];
  /** Rows that cannot be imported, and rows skipped by the user's decision. */
  malformed: MalformedRow[];
  /** Every value that cannot be read, in rows that are imported (without it). */
  dropped: ValueProblem[];
  /**
   * Values that can only be judged against the customer they merge into (a
   * total lower than what earlier imports added), with the row's other problems
   * listed in the preview and decided on the same way.
   */
  mergeProblems: ValueProblem[];
  folded: number;
}

export const problemKey = (p: ValueProblem) => `${p.sourceRow}\u0000${p.column}\u0000${p.raw}`;

const key = (name: string, company: string) => `${name.trim().toLowerCase().replace(/\s+/g, ' ')}\u0000${company.trim().toLowerCase().replace(/\s+/g, ' ')}`;

/** Folds `b` into `a` without losing either side. */
function fold(a: ImportRecord, b: ImportRecord): void {
  a.emails = uniqueEmails([...a.emails, ...b.emails]);
  a.phones = [...new Set([...a.phones, ...b.phones])];
  a.tags = [...new Set([...a.tags, ...b.tags])];
  a.websites = [...new Set([...a.websites, ...b.websites])];
  a.company ||= b.company;
  a.role ||= b.role;
  a.address ||= b.address;
  a.owner ||= b.owner;
  a.stage ??= b.stage;
  if (b.createdAt && (!a.createdAt || b.createdAt < a.createdAt)) a.createdAt = b.createdAt;
  // Two records of one customer (two CRM contacts, two won deals): each paid its own.
  a.amounts = addAmounts(a.amounts, b.amounts);
  a.custom = { ...b.custom, ...a.custom };
  const lines = new Set(a.notes.split('\n'));
  const more = b.notes.split('\n').filter((l) => l && !lines.has(l));
  if (more.length) a.notes = [a.notes, ...more].filter(Boolean).join('\n');
  for (const d of b.importantDates) if (!a.importantDates.some((x) => x.label === d.label && x.date === d.date)) a.importantDates.push(d);
  a.problems = [...a.problems, ...b.problems];
}

/**
 * Matches records to existing customers, by email first, then by name and
 * company (case and spacing ignored). Rows with a value the user chose to skip
 * for are set aside first; duplicate rows within the file are folded together.
 */
export function matchRecords(
  records: readonly ImportRecord[],
  directory: readonly DirectoryEntry[],
  decide: (problem: ValueProblem) => ProblemDecision = () => 'drop',
): Matching {
  return runSync(matchSteps(records, directory, decide));
}

/** matchRecords as steps (see slices.ts). */
export function* matchSteps(
  records: readonly ImportRecord[],
  directory: readonly DirectoryEntry[],
  decide: (problem: ValueProblem) => ProblemDecision = () => 'drop',
): Steps<Matching> {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const { card, emails } of directory) {
    yield;
    if (card.archived) continue;
    for (const email of emails) byEmail.set(normalizeEmail(email), card.id);
    byName.set(key(card.name, card.company), card.id);
  }
  const skipped: MalformedRow[] = [];
  const unique: ImportRecord[] = [];
  const seenEmail = new Map<string, ImportRecord>();
  const seenName = new Map<string, ImportRecord>();
  // A record's normalized emails and name key, computed once (not again to index it and to match it);
  // dropped when another row is folded into it, as that changes them.
  const keys = new Map<ImportRecord, { emails: string[]; name: string }>();
  let folded = 0;
  for (const original of records) {
    yield;
    const skipFor = original.problems.find((p) => decide(p) === 'skip');
    if (skipFor) {
      skipped.push(skippedFor(skipFor));
      continue;
    }
    const record: ImportRecord = {
      ...original,
      emails: [...original.emails],
      phones: [...original.phones],
      tags: [...original.tags],
      websites: [...original.websites],
      importantDates: [...original.importantDates],
      amounts: [...original.amounts],
      custom: { ...original.custom },
      problems: [...original.problems],
    };
    const emails = record.emails.map(normalizeEmail);
    const name = key(record.name, record.company);
    const twin = emails.map((e) => seenEmail.get(e)).find(Boolean) ?? seenName.get(name);
    if (twin) {
      fold(twin, record);
      folded++;
      keys.delete(twin);
      for (const e of twin.emails) seenEmail.set(normalizeEmail(e), twin);
      seenName.set(key(twin.name, twin.company), twin);
    } else {
      unique.push(record);
      keys.set(record, { emails, name });
      for (const e of emails) seenEmail.set(e, record);
      seenName.set(name, record);
    }
  }
  const create: ImportRecord[] = [];
  const matches: Matching['matches'] = [];
  for (const record of unique) {
    yield;
    const known = keys.get(record);
    const byMail = (known?.emails ?? record.emails.map(normalizeEmail)).map((e) => byEmail.get(e)).find(Boolean);
    const customerId = byMail ?? byName.get(known?.name ?? key(record.name, record.company));
    if (customerId) matches.push({ record, customerId, matchedBy: byMail ? 'email' : 'name and company' });
    else create.push(record);
  }
  return { create, matches, skipped, folded };
}

/**
 * Decides what an import will do, before anything is written: each match is
 * compared with the customer as stored (`existing`, by id), so the preview
 * announces only what is new and a second import of the same file is
 * "0 new · N unchanged".
 */
export function planImport(
  matching: Matching,
  existing: ReadonlyMap<string, ExistingState>,
  malformed: readonly MalformedRow[],
  source: string,
  decide: (problem: ValueProblem) => ProblemDecision = () => 'drop',
): ImportPlan {
  return runSync(planSteps(matching, existing, malformed, source, decide));
}

const skippedFor = (p: ValueProblem): MalformedRow => ({ sourceRow: p.sourceRow, reason: `Skipped: ${p.column} “${p.raw}” is ${p.reason}` });

/** planImport as steps (see slices.ts). */
export function* planSteps(
  matching: Matching,
  existing: ReadonlyMap<string, ExistingState>,
  malformed: readonly MalformedRow[],
  source: string,
  decide: (problem: ValueProblem) => ProblemDecision = () => 'drop',
): Steps<ImportPlan> {
  const merge: MergeEntry[] = [];
  const unchanged: MergeEntry[] = [];
  const mergeProblems: ValueProblem[] = [];
  const skipped: MalformedRow[] = [];
  const imported = [...matching.create];
  for (const m of matching.matches) {
    yield;
    const state = existing.get(m.customerId);
    if (!state) throw new Error(`The customer ${m.customerId} was matched but not read`);
    const problems: ValueProblem[] = [];
    const entry: MergeEntry = { ...m, changes: mergeChanges(state, m.record, source, problems) };
    mergeProblems.push(...problems);
    const skip = problems.find((p) => decide(p) === 'skip');
    if (skip) {
      skipped.push(skippedFor(skip));
      continue;
    }
    imported.push(m.record);
    (entry.changes.length ? merge : unchanged).push(entry);
  }
  return {
    create: matching.create,
    merge,
    unchanged,
    malformed: [...malformed, ...matching.skipped, ...skipped].sort((a, b) => a.sourceRow - b.sourceRow),
    dropped: [...imported.flatMap((r) => r.problems), ...mergeProblems.filter((p) => !skipped.some((s) => s.sourceRow === p.sourceRow))].sort((a, b) => a.sourceRow - b.sourceRow),
    mergeProblems,
    folded: matching.folded,
  };
}
