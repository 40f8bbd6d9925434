import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCustomerCard, customersMap, moveToStage, readAllCards, readCardById, setCardField, stageMovesArray } from './workspaceDoc';

function syncBoth(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('workspace doc', () => {
  it('adds a card with its first stage move and reads it back', () => {
    const doc = new Y.Doc();
    addCustomerCard(doc, 'c1', { name: '  Ada  ', company: 'Engines', owner: 'me', createdAt: 1000 });
    const card = readCardById(doc, 'c1');
    expect(card).toMatchObject({ name: 'Ada', company: 'Engines', stage: 'prospect', stageEnteredAt: 1000, archived: false, tags: [], invalid: [] });
  });

  it('sets fields, refusing invalid values and keeping unknown keys', () => {
    const doc = new Y.Doc();
    addCustomerCard(doc, 'c1', { name: 'Ada', company: 'E', owner: 'me', createdAt: 1 });
    customersMap(doc).set('c1', { ...(customersMap(doc).get('c1') as object), fromNewerVersion: 7 });
    setCardField(doc, 'c1', 'archived', true);
    expect(() => setCardField(doc, 'c1', 'tierOverride', 'Z')).toThrow(/tierOverride/);
    expect(customersMap(doc).get('c1')).toMatchObject({ archived: true, fromNewerVersion: 7 });
    expect(() => setCardField(doc, 'missing', 'archived', true)).toThrow(/No customer/);
  });

  it('records stage history with who and when, and ignores a move to the current stage', () => {
    const doc = new Y.Doc();
    addCustomerCard(doc, 'c1', { name: 'Ada', company: 'E', owner: 'me', createdAt: 1000 });
    expect(moveToStage(doc, 'c1', 'first_purchase', 'alice', 2000)).toBe(true);
    expect(moveToStage(doc, 'c1', 'first_purchase', 'alice', 3000)).toBe(false);
    // A device whose clock runs behind still moves forward in the history.
    moveToStage(doc, 'c1', 'repeat', 'bob', 500);
    const card = readCardById(doc, 'c1')!;
    expect(card.stageHistory.map((e) => [e.stage, e.by])).toEqual([['prospect', 'me'], ['first_purchase', 'alice'], ['repeat', 'bob']]);
    expect(card.stage).toBe('repeat');
    expect(card.stageEnteredAt).toBe(2001);
  });

  it('concurrent stage moves converge to the same stage with both moves kept', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addCustomerCard(a, 'c1', { name: 'Ada', company: 'E', owner: 'me', createdAt: 1000 });
    syncBoth(a, b);
    moveToStage(a, 'c1', 'loyalist', 'alice', 5000);
    moveToStage(b, 'c1', 'at_risk', 'bob', 5000);
    syncBoth(a, b);
    const fromA = readCardById(a, 'c1')!;
    const fromB = readCardById(b, 'c1')!;
    expect(fromA.stage).toBe(fromB.stage);
    expect(fromA.stageHistory.map((e) => e.stage).sort()).toEqual(['at_risk', 'loyalist', 'prospect']);
    expect(fromB.stage).toBe('at_risk'); // same time: ordered by author, then stage
  });

  it('reads damaged cards as invalid instead of dropping them', () => {
    const doc = new Y.Doc();
    customersMap(doc).set('bad', 'not an object');
    customersMap(doc).set('typed', { name: 5, company: 'C', owner: 'o', createdAt: 1, tags: 'x' });
    stageMovesArray(doc).push([{ customerId: 'typed', stage: 'nowhere', at: 1, by: 'x' }, 17]);
    const cards = readAllCards(doc);
    expect(cards).toHaveLength(2);
    const bad = cards.find((c) => c.id === 'bad')!;
    expect(bad.invalid.map((f) => f.field)).toContain('card');
    const typed = cards.find((c) => c.id === 'typed')!;
    expect(typed.company).toBe('C');
    expect(typed.invalid.map((f) => f.field)).toEqual(expect.arrayContaining(['name', 'tags', 'stageMoves[0]']));
    expect(() => setCardField(doc, 'bad', 'archived', true)).toThrow(/damaged/);
  });
});
