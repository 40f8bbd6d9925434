import { describe, expect, it } from 'vitest';
import { labelMatch, rankPalette } from './paletteRanking';

const commands = [
  { id: 'view-customers', label: 'Customers' },
  { id: 'view-board', label: 'Board' },
  { id: 'view-settings', label: 'Settings' },
  { id: 'new-customer', label: 'New customer' },
  { id: 'sample', label: 'Open a new sample workspace' },
];
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('palette ranking', () => {
  it('scores a whole label, then its start, a word start, anywhere', () => {
    expect(labelMatch('Settings', 'settings')).toBe(0);
    expect(labelMatch('Settings', ' SETT ')).toBe(1);
    expect(labelMatch('New customer', 'cust')).toBe(2);
    expect(labelMatch('New customer', 'new  customer')).toBe(0);
    expect(labelMatch('Customers', 'tom')).toBe(3);
    expect(labelMatch('Réglages', 'regl')).toBe(1);
    expect(labelMatch('Board', 'x')).toBeNull();
    expect(labelMatch('Board', '  ')).toBeNull();
  });

  it('puts a matching command first, customers by name next, notes-only hits last', () => {
    const customers = [{ id: 'c1', name: 'Settings Ltd' }];
    const r = rankPalette('settings', commands, customers, ['n1', 'c1', 'n2', 'n1']);
    expect(ids(r.commands)).toEqual(['view-settings']);
    expect(ids(r.customers)).toEqual(['c1']);
    // A hit already listed by name is not repeated; duplicates are dropped.
    expect(r.inNotes).toEqual(['n1', 'n2']);
  });

  it('orders commands by how well they match, keeping the given order on ties', () => {
    expect(ids(rankPalette('new', commands, [], []).commands)).toEqual(['new-customer', 'sample']);
    expect(ids(rankPalette('new customer', commands, [], []).commands)).toEqual(['new-customer']);
    expect(ids(rankPalette('custom', commands, [], []).commands)).toEqual(['view-customers', 'new-customer']);
    expect(ids(rankPalette('board', commands, [], []).commands)).toEqual(['view-board']);
  });

  it('lists customers matched by name before those matched by company, owner or tag', () => {
    const matched = [
      { id: 'by-company', name: 'Ada Lovelace' },
      { id: 'by-name', name: 'Anna Board' },
      { id: 'by-start', name: 'Boardman' },
    ];
    expect(ids(rankPalette('board', commands, matched, []).customers)).toEqual(['by-start', 'by-name', 'by-company']);
  });

  it('shows every command, in order, for an empty query', () => {
    const r = rankPalette('  ', commands, [{ id: 'a', name: 'A' }], ['x']);
    expect(ids(r.commands)).toEqual(ids(commands));
    expect(r.inNotes).toEqual([]);
  });
});

describe('palette ranking, limits', () => {
  it('shows at most the limit by name; a notes hit past it still shows, in notes', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, name: `Acme ${i}` }));
    const r = rankPalette('acme', [], many, ['c4', 'n1'], 3);
    expect(r.customers.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(r.inNotes).toEqual(['c4', 'n1']);
  });
});
