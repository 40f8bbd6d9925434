import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCustomerCard, readAllCards } from './workspaceDoc';
import { LIST_COLUMNS, filterRows, sortRows, type ListRow } from './listRows';
import type { CustomerSummary } from '../insights/summary';

function rows(): ListRow[] {
  const doc = new Y.Doc();
  addCustomerCard(doc, '1', { name: 'émile', company: 'Zeta', owner: 'm1', createdAt: 3, tags: ['vip'] });
  addCustomerCard(doc, '2', { name: 'Anna', company: 'beta', owner: 'm2', createdAt: 1 });
  addCustomerCard(doc, '3', { name: 'Client 10', company: '', owner: '', createdAt: 2, tags: ['b2b'] });
  addCustomerCard(doc, '4', { name: 'Client 9', company: 'Alpha', owner: 'm1', createdAt: 4 });
  const summary = (ltv: number, lastTouch: number | null, nextDue: string | null, level: 'green' | 'amber' | 'red', tier: 'A' | 'B' | 'C') =>
    ({ ltv, lastTouch, tier, health: { level, reasons: [] }, followUps: { nextDue } }) as unknown as CustomerSummary;
  const figures: Record<string, CustomerSummary | undefined> = {
    '1': summary(500, 300, '2026-02-01', 'green', 'B'),
    '2': summary(9000, 100, null, 'red', 'A'),
    '3': undefined,
    '4': summary(0, null, '2026-01-15', 'amber', 'C'),
  };
  const names: Record<string, string> = { m1: 'Zoë', m2: 'Bea' };
  return readAllCards(doc).map((card) => ({ card, summary: figures[card.id], ownerName: names[card.owner] ?? '' }));
}

const order = (list: ListRow[]) => list.map((row) => row.card.id);

describe('customer list rows', () => {
  it('sorts names accent- and case-blind, numbers by value', () => {
    expect(order(sortRows(rows(), 'name'))).toEqual(['2', '4', '3', '1']);
    expect(order(sortRows(rows(), 'name', 'desc'))).toEqual(['1', '3', '4', '2']);
  });

  it('sorts figures, with rows that have none last in both directions', () => {
    expect(order(sortRows(rows(), 'value'))).toEqual(['4', '1', '2', '3']);
    expect(order(sortRows(rows(), 'value', 'desc'))).toEqual(['2', '1', '4', '3']);
    expect(order(sortRows(rows(), 'lastTouch', 'desc'))).toEqual(['1', '2', '4', '3']);
    expect(order(sortRows(rows(), 'nextFollowUp'))).toEqual(['4', '1', '2', '3']);
    expect(order(sortRows(rows(), 'health'))).toEqual(['2', '4', '1', '3']);
    expect(order(sortRows(rows(), 'tier'))).toEqual(['2', '1', '4', '3']);
    expect(order(sortRows(rows(), 'company'))).toEqual(['4', '2', '1', '3']);
    expect(order(sortRows(rows(), 'owner'))).toEqual(['2', '4', '1', '3']);
    expect(order(sortRows(rows(), 'created'))).toEqual(['2', '3', '1', '4']);
  });

  it('every column sorts every row exactly once', () => {
    for (const column of LIST_COLUMNS) for (const direction of ['asc', 'desc'] as const) expect(order(sortRows(rows(), column, direction)).sort()).toEqual(['1', '2', '3', '4']);
  });

  it('filters on name, company, the owner by name and tags, accents ignored', () => {
    expect(order(filterRows(rows(), 'zoe'))).toEqual(['1', '4']);
    expect(order(filterRows(rows(), 'EMILE'))).toEqual(['1']);
    expect(order(filterRows(rows(), 'b2b'))).toEqual(['3']);
    expect(order(filterRows(rows(), '  '))).toHaveLength(4);
  });
});
