import type * as Y from 'yjs';
import { z } from 'zod';

/**
 * The people of a workspace: one entry per member in the workspace doc's `members` map,
 * keyed by member id (a device's local user id). Every person field (interaction author,
 * stage-history "who", field history, follow-up assignee, owner) stores a member id; views
 * show the member's current name, so a rename shows everywhere at once, on every device.
 *
 * Data written before members existed holds free text instead: "Me" (what every device
 * called its user) or a name (an import's owner column, the old sample). That text is
 * never rewritten; it resolves to a legacy person (see resolvePerson).
 */
export const MEMBERS_MAP = 'members';

// Dark enough for white initials (WCAG AA, 4.5:1) on the presence avatars and cursor labels.
export const MEMBER_COLORS = ['#1d4ed8', '#be185d', '#047857', '#b45309', '#6d28d9', '#0e7490'] as const;

export const memberNameSchema = z.string().trim().min(1).max(200);
export const memberColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i);

export const memberSchema = z.object({
  name: memberNameSchema,
  color: memberColorSchema,
  joined: z.number().int().nonnegative(),
});
export type MemberEntry = z.infer<typeof memberSchema>;

export interface Member extends MemberEntry {
  id: string;
}

/** The text every device wrote for its user before members existed. */
export const LEGACY_ME = 'Me';

export function membersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(MEMBERS_MAP);
}

/**
 * The valid members, oldest first (joined, then id: the same order on every device).
 * An entry that does not parse (another version, a hostile peer) is left out of the list
 * and in the doc; a person field pointing at it shows as an unknown member.
 */
export function readMembers(doc: Y.Doc): Member[] {
  const members: Member[] = [];
  membersMap(doc).forEach((value, id) => {
    const parsed = memberSchema.safeParse(value);
    if (parsed.success) members.push({ id, ...parsed.data });
  });
  return members.sort((a, b) => a.joined - b.joined || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Adds a member or updates their name and colour; `joined` is kept once set. Writes
 * nothing when nothing changed, so opening a workspace does not grow its history.
 */
export function upsertMember(doc: Y.Doc, id: string, input: { name: string; color: string }, now = Date.now(), origin?: unknown): void {
  const name = memberNameSchema.parse(input.name);
  const color = memberColorSchema.parse(input.color);
  const map = membersMap(doc);
  const existing = memberSchema.safeParse(map.get(id));
  if (existing.success && existing.data.name === name && existing.data.color === color) return;
  const joined = existing.success ? existing.data.joined : now;
  doc.transact(() => map.set(id, { name, color, joined }), origin);
}

export interface Person {
  /** The name to show. */
  name: string;
  /** The member behind it, when the stored value is a member id. */
  member?: Member;
  /** A value written before members existed (free text), shown as it was written. */
  legacy: boolean;
}

export const UNKNOWN_PERSON = 'Unknown member';

export type PeopleDirectory = ReadonlyMap<string, Member>;

export function peopleDirectory(members: readonly Member[]): PeopleDirectory {
  return new Map(members.map((member) => [member.id, member]));
}

/**
 * What a stored person value shows as. A member id shows the member's current name.
 * "Me" from before members existed cannot be told apart between devices (every device
 * wrote it), so it shows as an unknown member rather than being pinned on someone. Any
 * other text (an imported owner's name) is shown as written. An empty value is unknown.
 */
export function resolvePerson(value: string | undefined, people: PeopleDirectory): Person {
  if (!value) return { name: UNKNOWN_PERSON, legacy: false };
  const member = people.get(value);
  if (member) return { name: member.name, member, legacy: false };
  if (value === LEGACY_ME) return { name: UNKNOWN_PERSON, legacy: true };
  if (looksLikeId(value)) return { name: UNKNOWN_PERSON, legacy: false };
  return { name: value, legacy: true };
}

/** A member id that is not (or not yet) in the directory: a uuid, or the sample's ids. */
function looksLikeId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) || /^member-[a-z0-9-]+$/.test(value);
}

/** The name to show for a stored person value. */
export function personName(value: string | undefined, people: PeopleDirectory): string {
  return resolvePerson(value, people).name;
}

/** The member a typed name or email refers to (case- and accent-insensitive), for imports. */
export function findMemberByName(members: readonly Member[], name: string): Member | undefined {
  const key = foldName(name);
  if (!key) return undefined;
  return members.find((member) => foldName(member.name) === key);
}

function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}
