import type { CustomerCard } from '../model/workspaceDoc';
import type { Profile } from '../model/schemas';
import type { ImportRecord, MalformedRow } from './types';
import { normalizeEmail, uniqueEmails } from './normalize';

/** A customer already in the workspace, as the matcher needs it. */
export interface ExistingCustomer {
  card: CustomerCard;
  profile: Pick<Profile, 'emails' | 'phones' | 'role' | 'address'>;
}

export interface MergeEntry {
  record: ImportRecord;
  customerId: string;
  matchedBy: 'email' | 'name and company';
  /** What the merge adds, for the preview. */
  adds: string[];
}

export interface ImportPlan {
  create: ImportRecord[];
  merge: MergeEntry[];
  malformed: MalformedRow[];
  /** Rows of the file that were duplicates of an earlier row and were folded into it. */
  folded: number;
}

const key = (name: string, company: string) => `${name.trim().toLowerCase().replace(/\s+/g, ' ')}\u0000${company.trim().toLowerCase().replace(/\s+/g, ' ')}`;

/** Folds `b` into `a` without losing either side. */
function fold(a: ImportRecord, b: ImportRecord): void {
  a.emails = uniqueEmails([...a.emails, ...b.emails]);
  a.phones = [...new Set([...a.phones, ...b.phones])];
  a.tags = [...new Set([...a.tags, ...b.tags])];
  a.company ||= b.company;
  a.role ||= b.role;
  a.address ||= b.address;
  a.stage ??= b.stage;
  if (b.notes && b.notes !== a.notes) a.notes = [a.notes, b.notes].filter(Boolean).join('\n\n');
  for (const d of b.importantDates) if (!a.importantDates.some((x) => x.label === d.label && x.date === d.date)) a.importantDates.push(d);
}

/**
 * Decides what an import will do, before anything is written: each record is
 * matched to an existing customer by email first, then by name and company
 * (case and spacing ignored); matches are merged, the rest created. Duplicate
 * rows within the file are folded together first.
 */
export function planImport(records: readonly ImportRecord[], existing: readonly ExistingCustomer[], malformed: readonly MalformedRow[] = []): ImportPlan {
  const byEmail = new Map<string, ExistingCustomer>();
  const byName = new Map<string, ExistingCustomer>();
  for (const customer of existing) {
    if (customer.card.archived) continue;
    for (const email of customer.profile.emails) byEmail.set(normalizeEmail(email), customer);
    byName.set(key(customer.card.name, customer.card.company), customer);
  }

  // Fold duplicates within the file (same email, or same name and company).
  const unique: ImportRecord[] = [];
  const seenEmail = new Map<string, ImportRecord>();
  const seenName = new Map<string, ImportRecord>();
  let folded = 0;
  for (const original of records) {
    const record = { ...original, emails: [...original.emails], phones: [...original.phones], tags: [...original.tags], importantDates: [...original.importantDates] };
    const twin = record.emails.map((e) => seenEmail.get(normalizeEmail(e))).find(Boolean) ?? seenName.get(key(record.name, record.company));
    if (twin) {
      fold(twin, record);
      folded++;
    } else unique.push(record);
    const target = twin ?? record;
    for (const e of target.emails) seenEmail.set(normalizeEmail(e), target);
    seenName.set(key(target.name, target.company), target);
  }

  const create: ImportRecord[] = [];
  const merge: MergeEntry[] = [];
  for (const record of unique) {
    const byMail = record.emails.map((e) => byEmail.get(normalizeEmail(e))).find(Boolean);
    const match = byMail ?? byName.get(key(record.name, record.company));
    if (!match) {
      create.push(record);
      continue;
    }
    const known = new Set(match.profile.emails.map(normalizeEmail));
    const adds = [
      ...record.emails.filter((e) => !known.has(normalizeEmail(e))).map((e) => `email ${e}`),
      ...record.phones.filter((p) => !match.profile.phones.includes(p)).map((p) => `phone ${p}`),
      ...(record.role && record.role !== match.profile.role ? [match.profile.role ? 'role (kept in notes)' : `role ${record.role}`] : []),
      ...(record.notes ? ['notes'] : []),
    ];
    merge.push({ record, customerId: match.card.id, matchedBy: byMail ? 'email' : 'name and company', adds });
  }
  return { create, merge, malformed: [...malformed], folded };
}
