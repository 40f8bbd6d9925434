import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CardIndex } from './cardIndex';
import { addCustomerCard, moveToStage, setCardField } from './workspaceDoc';

describe('CardIndex', () => {
  it('follows local edits, stage moves and updates from another device incrementally', () => {
    const doc = new Y.Doc();
    addCustomerCard(doc, 'a', { name: 'Ada', company: 'E', owner: 'me', createdAt: 1 });
    const index = new CardIndex(doc);
    const seen: string[][] = [];
    index.subscribe((changed) => seen.push([...changed]));
    expect(index.size).toBe(1);

    setCardField(doc, 'a', 'name', 'Ada L.');
    moveToStage(doc, 'a', 'loyalist', 'me', 10);
    expect(index.get('a')).toMatchObject({ name: 'Ada L.', stage: 'loyalist' });

    const remote = new Y.Doc();
    addCustomerCard(remote, 'b', { name: 'Bob', company: 'F', owner: 'you', createdAt: 2 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(index.all().map((c) => c.name).sort()).toEqual(['Ada L.', 'Bob']);
    expect(seen.flat()).toEqual(expect.arrayContaining(['a', 'b']));
    index.destroy();
  });

  it('returns the same array until something changes', () => {
    const doc = new Y.Doc();
    addCustomerCard(doc, 'a', { name: 'Ada', company: 'E', owner: 'me', createdAt: 1 });
    const index = new CardIndex(doc);
    const first = index.all();
    expect(index.all()).toBe(first);
    setCardField(doc, 'a', 'archived', true);
    expect(index.all()).not.toBe(first);
  });
});
