import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findMemberByName, membersMap, peopleDirectory, personName, readMembers, resolvePerson, upsertMember, UNKNOWN_PERSON } from './members';

describe('members', () => {
  it('adds a member once and keeps when they joined through renames', () => {
    const doc = new Y.Doc();
    upsertMember(doc, 'a', { name: ' Ada ', color: '#1d4ed8' }, 100);
    upsertMember(doc, 'a', { name: 'Ada Lovelace', color: '#be185d' }, 900);
    expect(readMembers(doc)).toEqual([{ id: 'a', name: 'Ada Lovelace', color: '#be185d', joined: 100 }]);
  });

  it('writes nothing when the member is unchanged (opening a workspace adds no history)', () => {
    const doc = new Y.Doc();
    upsertMember(doc, 'a', { name: 'Ada', color: '#1d4ed8' }, 100);
    let updates = 0;
    doc.on('update', () => updates++);
    upsertMember(doc, 'a', { name: 'Ada', color: '#1d4ed8' }, 200);
    expect(updates).toBe(0);
  });

  it('refuses an empty name or a colour that is not #rrggbb', () => {
    const doc = new Y.Doc();
    expect(() => upsertMember(doc, 'a', { name: '   ', color: '#1d4ed8' })).toThrow();
    expect(() => upsertMember(doc, 'a', { name: 'Ada', color: 'red' })).toThrow();
    expect(readMembers(doc)).toEqual([]);
  });

  it('lists members oldest first and leaves an invalid entry out, and in the doc', () => {
    const doc = new Y.Doc();
    upsertMember(doc, 'b', { name: 'Bo', color: '#047857' }, 200);
    upsertMember(doc, 'a', { name: 'Ada', color: '#1d4ed8' }, 100);
    membersMap(doc).set('evil', { name: 5, color: 'javascript:alert(1)' });
    expect(readMembers(doc).map((m) => m.id)).toEqual(['a', 'b']);
    expect(membersMap(doc).has('evil')).toBe(true);
  });

  it('resolves member ids to current names, legacy "Me" to an unknown member, other text as written', () => {
    const doc = new Y.Doc();
    upsertMember(doc, '3f2b5c1e-0000-4000-8000-000000000001', { name: 'Ada', color: '#1d4ed8' }, 1);
    const people = peopleDirectory(readMembers(doc));
    expect(personName('3f2b5c1e-0000-4000-8000-000000000001', people)).toBe('Ada');
    expect(resolvePerson('Me', people)).toEqual({ name: UNKNOWN_PERSON, legacy: true });
    expect(resolvePerson('Dana Smith', people)).toEqual({ name: 'Dana Smith', legacy: true });
    // A member id whose entry has not synced yet (or is invalid) is not shown as raw id.
    expect(personName('9a9a9a9a-0000-4000-8000-000000000002', people)).toBe(UNKNOWN_PERSON);
    expect(personName('', people)).toBe(UNKNOWN_PERSON);
  });

  it('shows a rename made on another device', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    upsertMember(a, 'm', { name: 'Ada', color: '#1d4ed8' }, 1);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    upsertMember(a, 'm', { name: 'Ada L.', color: '#1d4ed8' }, 2);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(personName('m', peopleDirectory(readMembers(b)))).toBe('Ada L.');
  });

  it('finds a member by name whatever the case and accents', () => {
    const doc = new Y.Doc();
    upsertMember(doc, 'e', { name: 'Émile  Zola', color: '#1d4ed8' }, 1);
    expect(findMemberByName(readMembers(doc), 'emile zola')?.id).toBe('e');
    expect(findMemberByName(readMembers(doc), '')).toBeUndefined();
  });
});
