import { describe, expect, it } from 'vitest';
import { findDuplicates } from './duplicates';

const card = (id: string, name: string, company: string, extra: { archived?: boolean; mergedInto?: string } = {}) => ({ id, name, company, archived: false, ...extra });

describe('possible duplicates', () => {
  it('groups the same email (any case) and the same name and company, chains included, never archived or merged ones', () => {
    const cards = [
      card('a', 'Ada Lovelace', 'Acme'),
      card('b', 'ada  lovelace', 'ACME '),
      card('c', 'A. Lovelace', 'Other'),
      card('d', 'Bob', 'Bobco'),
      card('e', 'Bob', ''),
      card('f', 'Bob', ''),
      card('g', 'Ada Lovelace', 'Acme', { archived: true }),
      card('h', 'Carol', 'Cc'),
      card('i', 'Carol', 'Cc', { mergedInto: 'h' }),
    ];
    const emails: Record<string, string[]> = { b: ['ADA@acme.test'], c: ['ada@acme.test'], d: ['bob@bobco.test'], g: ['ada@acme.test'] };
    const groups = findDuplicates(cards, (id) => emails[id]);
    expect(groups).toEqual([{ ids: ['a', 'b', 'c'], reasons: ['Same name and company', 'Same email ada@acme.test'] }]);
  });
});
