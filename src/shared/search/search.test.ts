import { describe, expect, it } from 'vitest';
import { CustomerSearchIndex } from './searchIndex';
import { NaiveScan } from './naiveScan';
import { makeSnippet } from './snippets';
import type { SearchableCustomer } from './fields';
import { EMPTY_PROFILE } from '../model/customerDoc';

const customers: SearchableCustomer[] = [
  { id: 'c1', name: 'Margaret Hollis', company: 'Bluefin Foods', notebook: 'Prefers calls on Tuesday mornings. Asked about the spring catalogue.' },
  { id: 'c2', name: 'Omar Haddad', company: 'Cedar & Sons', notebook: 'Met Margaret at the trade fair; she recommended us to Omar. Wants volume pricing.' },
  {
    id: 'c3', name: 'Lena Vogel', company: 'Nordlicht GmbH',
    profile: { ...EMPTY_PROFILE, likes: 'Dark roast coffee, sailing', emails: ['lena@nordlicht.de'], role: 'Head of purchasing' },
    interactions: [{ summary: 'Complained about late delivery of the espresso machines' }, { summary: 'Renewed the maintenance contract' }],
  },
  { id: 'c4', name: 'José Álvarez', company: 'Café Olé', notebook: 'Loves the new grinder.' },
];

function highlighted(snippet: { text: string; ranges: { start: number; end: number }[] }): string[] {
  return snippet.ranges.map((r) => snippet.text.slice(r.start, r.end));
}

describe('customer search', () => {
  const index = CustomerSearchIndex.create(customers);

  it('ranks a name match above a notebook mention', () => {
    const hits = index.search('margaret');
    expect(hits.map((h) => h.id)).toEqual(['c1', 'c2']);
    expect(hits[0].fields).toEqual(['name']);
    expect(hits[1].fields).toEqual(['notebook']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('finds prefixes, typos and accents', () => {
    expect(index.search('holl').map((h) => h.id)).toEqual(['c1']);
    expect(index.search('espreso').map((h) => h.id)).toEqual(['c3']); // one letter missing
    expect(index.search('jose alvarez').map((h) => h.id)).toEqual(['c4']);
    expect(index.search('cafe').map((h) => h.id)).toEqual(['c4']);
    expect(index.search('sailing coffee').map((h) => h.id)).toEqual(['c3']);
    expect(index.search('nordlicht').map((h) => h.id)).toEqual(['c3']); // company and email
    expect(index.search('   ')).toEqual([]);
    expect(index.search('xylophone')).toEqual([]);
  });

  it('requires every word by default, any word on request', () => {
    expect(index.search('margaret pricing').map((h) => h.id)).toEqual(['c2']);
    expect(index.search('margaret pricing', { combine: 'or' }).map((h) => h.id).sort()).toEqual(['c1', 'c2']);
  });

  it('returns plain-text snippets with match ranges per matched field', () => {
    const [hit] = index.search('delivery');
    expect(hit.id).toBe('c3');
    expect(hit.snippets).toHaveLength(1);
    const s = hit.snippets[0];
    expect(s.field).toBe('interactions');
    expect(highlighted(s)).toEqual(['delivery']);
    expect(s.text).not.toContain('\n');
    const prefix = index.search('catal')[0].snippets[0];
    expect(highlighted(prefix)).toEqual(['catalogue']);
    const accent = index.search('jose')[0].snippets[0];
    expect(accent).toMatchObject({ field: 'name', text: 'José Álvarez', ranges: [{ start: 0, end: 4 }] });
  });

  it('tells notebook and interaction matches apart, with or without snippets', () => {
    const idx = CustomerSearchIndex.create([
      { id: 'a', name: 'A', company: '', notebook: 'Budget review next quarter', interactions: [{ summary: 'Budget approved' }] },
      { id: 'b', name: 'B', company: '', notebook: 'Nothing here', interactions: [{ summary: 'Discussed the budget' }] },
    ]);
    const hits = idx.search('budget');
    expect(hits.find((h) => h.id === 'a')?.fields).toEqual(['notebook', 'interactions']);
    expect(hits.find((h) => h.id === 'a')?.snippets.map((s) => s.field)).toEqual(['notebook', 'interactions']);
    expect(hits.find((h) => h.id === 'b')?.fields).toEqual(['interactions']);
    const bare = idx.search('budget', { snippets: false });
    expect(bare.find((h) => h.id === 'b')).toMatchObject({ fields: ['interactions'], snippets: [] });
  });

  it('matches composed and decomposed accents alike', () => {
    const idx = CustomerSearchIndex.create([{ id: 'd', name: 'Rene\u0301e Dupont', company: 'Crème Brûlée SARL' }]);
    expect(idx.search('renee').map((h) => h.id)).toEqual(['d']);
    expect(idx.search('Renée').map((h) => h.id)).toEqual(['d']);
    expect(idx.search('creme brulee').map((h) => h.id)).toEqual(['d']);
    expect(highlighted(idx.search('renee')[0].snippets[0])).toEqual(['Rene\u0301e']);
  });

  it('treats markup in notes as text', () => {
    const evil = CustomerSearchIndex.create([{ id: 'x', name: 'X', company: '', notebook: '<img src=x onerror=alert(1)> pricing' }]);
    const s = evil.search('pricing')[0].snippets[0];
    expect(s.text).toBe('<img src=x onerror=alert(1)> pricing');
    expect(highlighted(s)).toEqual(['pricing']);
  });

  it('updates one customer incrementally: the old word is gone, the new one found', () => {
    const live = CustomerSearchIndex.create(customers);
    expect(live.search('tuesday').map((h) => h.id)).toEqual(['c1']);
    const changed = live.upsert({ ...customers[0], notebook: 'Now prefers Thursday afternoons.' });
    expect(changed).toBe(true);
    expect(live.search('tuesday')).toEqual([]);
    expect(live.search('thursday').map((h) => h.id)).toEqual(['c1']);
    expect(live.search('margaret').map((h) => h.id)).toEqual(['c1', 'c2']);
    expect(live.upsert({ ...customers[0], notebook: 'Now prefers Thursday afternoons.' })).toBe(false);
    live.upsert({ id: 'c9', name: 'Priya Raman', company: 'Tandoor Co', notebook: 'Thursday demo' });
    expect(live.search('thursday').map((h) => h.id).sort()).toEqual(['c1', 'c9']);
    expect(live.size).toBe(5);
  });

  it('removes a customer', () => {
    const live = CustomerSearchIndex.create(customers);
    expect(live.remove('c1')).toBe(true);
    expect(live.remove('c1')).toBe(false);
    expect(live.search('margaret').map((h) => h.id)).toEqual(['c2']);
    expect(live.search('hollis')).toEqual([]);
    expect(live.has('c1')).toBe(false);
  });

  it('serializes and restores, including later updates', () => {
    const live = CustomerSearchIndex.create(customers);
    live.remove('c2');
    live.upsert({ ...customers[2], interactions: [{ summary: 'Ordered a roaster' }] });
    const restored = CustomerSearchIndex.deserialize(live.serialize())!;
    expect(restored).not.toBeNull();
    expect(restored.size).toBe(3);
    expect(restored.search('roaster').map((h) => h.id)).toEqual(['c3']);
    expect(restored.search('delivery')).toEqual([]);
    expect(restored.search('omar')).toEqual([]);
    expect(highlighted(restored.search('roast')[0].snippets[0])).toEqual(['roast']);
    restored.upsert({ id: 'c2', name: 'Omar Haddad', company: 'Cedar', notebook: '' });
    expect(restored.search('omar').map((h) => h.id)).toEqual(['c2']);
  });

  it('builds asynchronously in chunks with the same results', async () => {
    const chunked = await CustomerSearchIndex.createAsync(customers, 1);
    expect(chunked.size).toBe(4);
    expect(chunked.search('margaret').map((h) => h.id)).toEqual(['c1', 'c2']);
  });

  it('rejects a corrupt or foreign cache', () => {
    expect(CustomerSearchIndex.deserialize('not json')).toBeNull();
    expect(CustomerSearchIndex.deserialize('{"v":99}')).toBeNull();
    const good = JSON.parse(CustomerSearchIndex.create(customers).serialize());
    delete good.docs.c1;
    expect(CustomerSearchIndex.deserialize(JSON.stringify(good))).toBeNull();
  });
});

describe('snippets', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The client asked for a discount on bulk orders. ${'Filler words here. '.repeat(20)}Another discount mention.`;

  it('cuts a window around the matches at word boundaries', () => {
    const s = makeSnippet('notebook', long, new Set(['discount']), 80)!;
    expect(s.text.length).toBeLessThanOrEqual(80);
    expect(highlighted(s)).toEqual(['discount']);
    expect(s.truncatedStart).toBe(true);
    expect(s.truncatedEnd).toBe(true);
    expect(s.text.startsWith(' ')).toBe(false);
    // Whole words only at both ends.
    const startIndex = long.indexOf(s.text);
    expect(startIndex).toBeGreaterThan(0);
    expect(long[startIndex - 1]).toBe(' ');
    expect(long[startIndex + s.text.length]).toBe(' ');
  });

  it('prefers the window with the most matches', () => {
    const text = `alpha ${'x '.repeat(100)}beta gamma beta ${'y '.repeat(100)}`;
    const s = makeSnippet('notebook', text, new Set(['beta', 'gamma']), 40)!;
    expect(highlighted(s)).toEqual(['beta', 'gamma', 'beta']);
  });

  it('returns null when nothing matches', () => {
    expect(makeSnippet('notebook', 'nothing here', new Set(['absent']))).toBeNull();
  });
});

describe('naive scan baseline', () => {
  it('finds substrings, all words required', () => {
    const scan = new NaiveScan(customers);
    expect(scan.search('Margaret')).toEqual(['c1', 'c2']);
    expect(scan.search('margaret pricing')).toEqual(['c2']);
    expect(scan.search('')).toEqual([]);
  });
});
