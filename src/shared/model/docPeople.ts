import type * as Y from 'yjs';
import type { FollowUp, Interaction } from './schemas';
import { profileEditSchema, profileHistoryArray, readFollowUps, readInteractions } from './customerDoc';

/**
 * The people a customer doc names (member ids, or text written before members
 * existed): who logged each interaction, each follow-up's assignee, who made
 * each profile edit. Kept in the customer's digest, so "is this member still
 * referred to?" (Undo import, before it removes the members the import added)
 * reads no doc.
 */
export interface DocPeople {
  authors: string[];
  assignees: string[];
  editors: string[];
}

/** The people of a doc; `read` passes interactions and follow-ups already read (the digest has them). */
export function peopleOfDoc(doc: Y.Doc, read?: { interactions: readonly Interaction[]; followUps: readonly FollowUp[] }): DocPeople {
  const interactions = read?.interactions ?? readInteractions(doc).items;
  const followUps = read?.followUps ?? readFollowUps(doc).items;
  const editors = new Set<string>();
  profileHistoryArray(doc).forEach((raw) => {
    const parsed = profileEditSchema.safeParse(raw);
    if (parsed.success && parsed.data.by) editors.add(parsed.data.by);
  });
  const distinct = (values: Iterable<string>) => [...new Set(values)].filter(Boolean);
  return { authors: distinct(interactions.map((i) => i.author)), assignees: distinct(followUps.map((f) => f.assignee)), editors: [...editors] };
}

/** A stored DocPeople of the expected shape (digests are local, but may come from an older build or a damaged store). */
export function isDocPeople(value: unknown): value is DocPeople {
  if (typeof value !== 'object' || value === null) return false;
  const { authors, assignees, editors } = value as Partial<DocPeople>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((v) => typeof v === 'string');
  return strings(authors) && strings(assignees) && strings(editors);
}
