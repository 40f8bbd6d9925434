import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ImportOwners } from './importOwners';
import { readMembers, upsertMember } from '../model/members';

describe('import owners as members', () => {
  it('matches a member by name or by an email’s local part, whatever the case and accents', () => {
    const doc = new Y.Doc();
    upsertMember(doc, 'm-karin', { name: 'Karin Säljare', color: '#1d4ed8' }, 1);
    const owners = new ImportOwners(doc, 100, 'import');
    expect(owners.resolve('karin saljare')).toBe('m-karin');
    expect(owners.resolve('Karin.Saljare@example.se')).toBe('m-karin');
    expect(owners.created).toEqual([]);
    expect(readMembers(doc)).toHaveLength(1);
  });

  it('adds an unknown owner as a member once, named as the file writes it', () => {
    const doc = new Y.Doc();
    upsertMember(doc, 'me', { name: 'Robin', color: '#1d4ed8' }, 1);
    const owners = new ImportOwners(doc, 100, 'import');
    const id = owners.resolve(' Dana Smith ');
    expect(owners.resolve('dana smith')).toBe(id);
    expect(owners.resolve('Dana Smith')).toBe(id);
    expect(owners.resolve('')).toBe('');
    expect(readMembers(doc).map((m) => [m.name, m.joined])).toEqual([
      ['Robin', 1],
      ['Dana Smith', 100],
    ]);
    expect(owners.created.map((m) => m.name)).toEqual(['Dana Smith']);
    // A second import finds the member the first one added.
    expect(new ImportOwners(doc, 200, 'import').resolve('DANA SMITH')).toBe(id);
  });
});
