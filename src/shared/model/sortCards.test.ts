import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCustomerCard, moveToStage, readAllCards, setCardField } from './workspaceDoc';
import { filterCards, sortCards } from './sortCards';

function cards() {
  const doc = new Y.Doc();
  addCustomerCard(doc, '1', { name: 'émile', company: 'Zeta', owner: 'x', createdAt: 3 });
  addCustomerCard(doc, '2', { name: 'Anna', company: 'beta', owner: 'y', createdAt: 1, tags: ['vip'] });
  addCustomerCard(doc, '3', { name: 'Zoe', company: 'Alpha', owner: 'x', createdAt: 2 });
  moveToStage(doc, '3', 'advocate', 'x', 10);
  moveToStage(doc, '1', 'first_purchase', 'x', 10);
  setCardField(doc, '2', 'archived', true);
  return readAllCards(doc);
}

describe('sorting and filtering cards', () => {
  it('sorts by name (accent and case insensitive), company, stage and created, both ways', () => {
    const all = cards();
    expect(sortCards(all, 'name').map((c) => c.name)).toEqual(['Anna', 'émile', 'Zoe']);
    expect(sortCards(all, 'company').map((c) => c.company)).toEqual(['Alpha', 'beta', 'Zeta']);
    expect(sortCards(all, 'stage').map((c) => c.stage)).toEqual(['prospect', 'first_purchase', 'advocate']);
    expect(sortCards(all, 'created', 'desc').map((c) => c.id)).toEqual(['1', '3', '2']);
  });

  it('filters archived out unless asked, and matches name, company, owner and tags', () => {
    const all = cards();
    expect(filterCards(all, '', false).map((c) => c.id).sort()).toEqual(['1', '3']);
    expect(filterCards(all, 'EMILE', false).map((c) => c.id)).toEqual(['1']);
    expect(filterCards(all, 'vip', true).map((c) => c.id)).toEqual(['2']);
    expect(filterCards(all, 'vip', false)).toEqual([]);
  });
});
