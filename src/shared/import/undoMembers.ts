import type * as Y from 'yjs';
import { customersMap, stageMovesArray } from '../model/workspaceDoc';
import { membersMap, readMembers, type Member } from '../model/members';
import type { DocPeople } from '../model/docPeople';

/** What Undo import did with the members the import added. */
export interface MembersTakenBack {
  removed: Member[];
  /** Members kept because something still refers to them, with what does (for the message after Undo). */
  kept: { member: Member; refs: string[] }[];
}

const customers = (n: number) => `${n} ${n === 1 ? 'customer' : 'customers'}`;

/**
 * Removes the members an import added (owners it did not know), unless
 * something now refers to them: the owner of a card (another import's, or set
 * by hand since), a stage move, a follow-up's assignee, an interaction's
 * author, a profile edit. Those are kept, with what refers to them, so nothing
 * shows as "Unknown member". `docs` holds the people of every remaining
 * customer doc; null for a doc this device cannot read yet, and then every
 * member is kept (it might name them).
 */
export function takeBackMembers(workspace: Y.Doc, ids: readonly string[], docs: Iterable<DocPeople | null>, origin: unknown): MembersTakenBack {
  const result: MembersTakenBack = { removed: [], kept: [] };
  const byId = new Map(readMembers(workspace).map((m) => [m.id, m]));
  const wanted = new Set(ids.filter((id) => byId.has(id)));
  if (wanted.size === 0) return result;
  const counts = new Map<string, Map<string, number>>();
  const count = (id: string, what: string) => {
    if (!wanted.has(id)) return;
    let of = counts.get(id);
    if (!of) counts.set(id, (of = new Map()));
    of.set(what, (of.get(what) ?? 0) + 1);
  };
  customersMap(workspace).forEach((raw) => {
    const owner = (raw as { owner?: unknown } | undefined)?.owner;
    if (typeof owner === 'string') count(owner, 'owner');
  });
  const moved = new Map<string, Set<string>>();
  stageMovesArray(workspace).forEach((raw) => {
    const { by, customerId } = (raw ?? {}) as { by?: unknown; customerId?: unknown };
    if (typeof by !== 'string' || typeof customerId !== 'string' || !wanted.has(by)) return;
    let of = moved.get(by);
    if (!of) moved.set(by, (of = new Set()));
    if (!of.has(customerId)) count(by, 'stage');
    of.add(customerId);
  });
  let unread = 0;
  for (const people of docs) {
    if (!people) {
      unread++;
      continue;
    }
    for (const id of new Set(people.authors)) count(id, 'author');
    for (const id of new Set(people.assignees)) count(id, 'assignee');
    for (const id of new Set(people.editors)) count(id, 'editor');
  }
  const removable: string[] = [];
  for (const id of wanted) {
    const of = counts.get(id);
    const refs: string[] = [];
    if (of?.get('owner')) refs.push(`owner of ${customers(of.get('owner')!)}`);
    if (of?.get('assignee')) refs.push(`assigned follow-ups of ${customers(of.get('assignee')!)}`);
    if (of?.get('author')) refs.push(`logged interactions of ${customers(of.get('author')!)}`);
    if (of?.get('stage')) refs.push(`named in the stage history of ${customers(of.get('stage')!)}`);
    if (of?.get('editor')) refs.push(`named in the profile history of ${customers(of.get('editor')!)}`);
    if (refs.length === 0 && unread > 0) refs.push(`perhaps named by ${customers(unread)} whose details are not on this device yet`);
    if (refs.length) result.kept.push({ member: byId.get(id)!, refs });
    else removable.push(id);
  }
  if (removable.length) {
    workspace.transact(() => {
      for (const id of removable) membersMap(workspace).delete(id);
    }, origin);
    result.removed = removable.map((id) => byId.get(id)!);
  }
  return result;
}

/** The message after Undo import about the members it added and kept ("Kept Karin Säljare, whom the import added: owner of 1 customer."). */
export function describeKeptMembers(result: MembersTakenBack): string {
  return result.kept.map(({ member, refs }) => `Kept ${member.name}, whom the import added: ${refs.join('; ')}.`).join(' ');
}
