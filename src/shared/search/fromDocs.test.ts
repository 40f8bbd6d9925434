import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNotebook } from '../notebook/headless';
import { putInteraction, setProfileField } from '../model/customerDoc';
import { searchableCustomer } from './fromDocs';
import { CustomerSearchIndex } from './searchIndex';

describe('indexing real customer docs', () => {
  it('indexes notebook, profile and interactions, and follows edits', () => {
    const doc = new Y.Doc();
    createNotebook(doc, '# Visit notes\n\n- Wants the **walnut** finish\n- Budget in [Q3](https://example.com)');
    setProfileField(doc, 'likes', 'Jazz and espresso');
    putInteraction(doc, 'i1', { kind: 'call', at: 1, summary: 'Asked about shipping to Lisbon', sentiment: 'positive', amount: null, author: 'ann' });
    const card = { id: 'c1', name: 'Ines Duarte', company: 'Duarte Móveis', tags: ['wholesale'] };
    const index = CustomerSearchIndex.create([searchableCustomer(card, doc)]);
    expect(index.search('walnut')[0].snippets[0]).toMatchObject({ field: 'notebook' });
    expect(index.search('espresso')[0].fields).toEqual(['profile']);
    expect(index.search('lisbon')[0].fields).toEqual(['interactions']);
    expect(index.search('wholesale')[0].fields).toEqual(['profile']);
    expect(index.search('moveis').map((h) => h.id)).toEqual(['c1']);

    // An edit from another device arrives as a Yjs update; re-reading the doc picks it up.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    setProfileField(remote, 'likes', 'Tea');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(index.upsert(searchableCustomer(card, doc))).toBe(true);
    expect(index.search('espresso')).toEqual([]);
    expect(index.search('tea').map((h) => h.id)).toEqual(['c1']);
  });
});
