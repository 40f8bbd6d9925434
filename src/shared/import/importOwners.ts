import type * as Y from 'yjs';
import { findMemberByName, MEMBER_COLORS, readMembers, upsertMember, type Member } from '../model/members';
import { newId } from '../ids';

/**
 * An import's owner column, as workspace members: a name (or an email) that matches a
 * member's name is that member; any other owner becomes a member of the workspace, once,
 * named as the file writes them, so every imported customer has an owner people can pick
 * in the Owner combobox and rename later. An email's local part is matched as a name
 * ("karin.saljare@…" is Karin Säljare).
 */
export class ImportOwners {
  private readonly members: Member[];
  private readonly byText = new Map<string, string>();
  /** Members this import added (for the import's report). */
  readonly created: Member[] = [];

  constructor(
    private readonly workspace: Y.Doc,
    private readonly now: number,
    private readonly origin: unknown,
    /** Told of each member added, at once (the import's undo record keeps them, so Undo can remove them). */
    private readonly onCreate?: (member: Member) => void,
  ) {
    this.members = readMembers(workspace);
  }

  /** The member id for an owner as the file writes it ('' stays ''). */
  resolve(raw: string): string {
    const text = raw.trim().slice(0, 200);
    if (!text) return '';
    const known = this.byText.get(text);
    if (known) return known;
    const member = findMemberByName(this.members, text) ?? (text.includes('@') ? findMemberByName(this.members, emailName(text)) : undefined);
    const id = member?.id ?? this.add(text);
    this.byText.set(text, id);
    return id;
  }

  private add(name: string): string {
    const id = newId();
    const color = MEMBER_COLORS[this.members.length % MEMBER_COLORS.length];
    upsertMember(this.workspace, id, { name, color }, this.now, this.origin);
    const member = { id, name: name.trim(), color, joined: this.now };
    this.members.push(member);
    this.created.push(member);
    this.onCreate?.(member);
    return id;
  }
}

function emailName(email: string): string {
  return email.split('@')[0].replace(/[._-]+/g, ' ');
}
