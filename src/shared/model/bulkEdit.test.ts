import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCustomerCard, customersMap, moveToStage, readAllCards, readCardById, setCardField } from './workspaceDoc';
import { applyBulkChange } from './bulkEdit';

function workspace(n = 5) {
  const doc = new Y.Doc();
  for (let i = 0; i < n; i++) addCustomerCard(doc, `c${i}`, { name: `C${i}`, company: 'Co', owner: 'm-a', createdAt: 1000 + i, tags: i % 2 ? ['vip'] : [] });
  return doc;
}

describe('bulk changes', () => {
  it('sets the stage of every selected customer in one step, and one undo takes it all back', () => {
    const doc = workspace();
    let updates = 0;
    doc.on('update', () => updates++);
    const result = applyBulkChange(doc, ['c0', 'c1', 'c2'], { kind: 'stage', stage: 'loyalist' }, 'm-b', 5000);
    expect(updates).toBe(1);
    expect(result.changed).toBe(3);
    expect(readAllCards(doc).map((c) => c.stage)).toEqual(['loyalist', 'loyalist', 'loyalist', 'prospect', 'prospect']);
    expect(readCardById(doc, 'c0')!.stageHistory.at(-1)).toMatchObject({ stage: 'loyalist', by: 'm-b', at: 5000 });
    result.undo();
    expect(readAllCards(doc).map((c) => c.stage)).toEqual(['prospect', 'prospect', 'prospect', 'prospect', 'prospect']);
  });

  it('undo leaves edits made since, by anyone, alone', () => {
    const doc = workspace();
    const result = applyBulkChange(doc, ['c0', 'c1'], { kind: 'owner', owner: 'm-b' }, 'm-b');
    setCardField(doc, 'c0', 'name', 'Renamed after');
    moveToStage(doc, 'c3', 'repeat', 'm-c', 9000);
    result.undo();
    expect(readCardById(doc, 'c0')).toMatchObject({ name: 'Renamed after', owner: 'm-a' });
    expect(readCardById(doc, 'c1')!.owner).toBe('m-a');
    expect(readCardById(doc, 'c3')!.stage).toBe('repeat');
  });

  it('adds and removes a tag only where needed, archives, and counts what it changed', () => {
    const doc = workspace();
    expect(applyBulkChange(doc, ['c0', 'c1'], { kind: 'addTag', tag: ' vip ' }, 'm').changed).toBe(1);
    expect(readCardById(doc, 'c0')!.tags).toEqual(['vip']);
    expect(applyBulkChange(doc, ['c0', 'c1', 'c2'], { kind: 'removeTag', tag: 'vip' }, 'm').changed).toBe(2);
    expect(readAllCards(doc).filter((c) => c.tags.includes('vip')).map((c) => c.id)).toEqual(['c3']);
    const archive = applyBulkChange(doc, ['c2', 'c4'], { kind: 'archive', archived: true }, 'm');
    expect(readAllCards(doc).filter((c) => c.archived).map((c) => c.id)).toEqual(['c2', 'c4']);
    archive.undo();
    expect(readAllCards(doc).filter((c) => c.archived)).toEqual([]);
  });

  it('leaves a damaged card as it is and says so; a stage it already has is not moved again', () => {
    const doc = workspace();
    customersMap(doc).set('bad', { name: 42 });
    moveToStage(doc, 'c0', 'repeat', 'm', 2000);
    const result = applyBulkChange(doc, ['c0', 'bad', 'c1', 'missing'], { kind: 'stage', stage: 'repeat' }, 'm', 3000);
    expect(result.changed).toBe(1);
    expect(result.failed.map((f) => f.id)).toEqual(['bad']);
    expect(customersMap(doc).get('bad')).toEqual({ name: 42 });
    expect(readCardById(doc, 'c0')!.stageHistory).toHaveLength(2);
  });
});
