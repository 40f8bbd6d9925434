import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { matchRecords } from './plan';
import { emptyRecord, type ImportRecord } from './types';
import { addCustomerCard, readAllCards } from '../model/workspaceDoc';

const record = (sourceRow: number, fields: Partial<ImportRecord>): ImportRecord => ({ ...emptyRecord(sourceRow), ...fields });

describe('matchRecords', () => {
  it('matches a record by what the rows folded into it say together (a later row gives the company)', () => {
    const workspace = new Y.Doc();
    addCustomerCard(workspace, 'ada', { name: 'Ada Lovelace', company: 'Analytical Engines', owner: 'me' });
    const directory = readAllCards(workspace).map((card) => ({ card, emails: [] }));
    const matching = matchRecords(
      [record(2, { name: 'Ada Lovelace', emails: ['ada@engines.example'] }), record(3, { name: 'Ada  Lovelace', company: 'Analytical Engines', emails: ['ADA@engines.example'] })],
      directory,
    );
    expect(matching.folded).toBe(1);
    expect(matching.create).toEqual([]);
    expect(matching.matches.map((m) => [m.customerId, m.matchedBy, m.record.company])).toEqual([['ada', 'name and company', 'Analytical Engines']]);
  });

  it('matches by email whatever its case and spacing, and by name and company whatever their case and spacing', () => {
    const workspace = new Y.Doc();
    addCustomerCard(workspace, 'ada', { name: 'Ada Lovelace', company: 'Analytical Engines', owner: 'me' });
    addCustomerCard(workspace, 'grace', { name: 'Grace Hopper', company: 'Navy', owner: 'me' });
    const directory = readAllCards(workspace).map((card) => ({ card, emails: card.id === 'ada' ? ['ada@engines.example'] : [] }));
    const matching = matchRecords([record(2, { name: 'A. L.', emails: [' Ada@Engines.example '] }), record(3, { name: ' grace  hopper', company: 'NAVY' }), record(4, { name: 'New Person' })], directory);
    expect(matching.matches.map((m) => [m.record.sourceRow, m.customerId, m.matchedBy])).toEqual([
      [2, 'ada', 'email'],
      [3, 'grace', 'name and company'],
    ]);
    expect(matching.create.map((r) => r.sourceRow)).toEqual([4]);
  });
});
