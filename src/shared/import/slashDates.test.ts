import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './csv';
import { recordsFromTable } from './records';
import { describeColumns } from './columns';
import { dateReason, parseDate, slashReadingOf, type SlashOrder } from './normalize';
import type { ColumnMapping } from './types';

const MAPPING: ColumnMapping = { Name: 'name', Created: 'createdAt' };
const csv = (...created: string[]) => parseCsv(['Name,Created', ...created.map((c, i) => `Person ${i + 1},${c}`)].join('\n'));

describe('slash dates (3/5/2024) are read one way per column, said in the preview, never guessed per value', () => {
  it('a slash date alone is read only when it reads one way', () => {
    expect(parseDate('12/31/2020')).toBe('2020-12-31');
    expect(parseDate('31/12/2020')).toBe('2020-12-31');
    expect(parseDate('3/5/2024')).toBeNull();
    expect(dateReason('3/5/2024')).toBe('a date that reads either way (month or day first): not guessed');
    expect(parseDate('3/5/2024', 'mdy')).toBe('2024-03-05');
    expect(parseDate('3/5/2024', 'dmy')).toBe('2024-05-03');
    // The column's order is kept: a value that is a date only the other way round is not read so.
    expect(parseDate('31/12/2020', 'mdy')).toBeNull();
    expect(dateReason('31/12/2020', 'mdy')).toBe('not a date when read month first, as this column is (it is one only read day first)');
    expect(parseDate('13/14/2024', 'mdy')).toBeNull();
    expect(dateReason('13/14/2024', 'mdy')).toBe('not a date (neither month first nor day first)');
    expect(dateReason('2/30/2024', 'dmy')).toBe('not a date (neither month first nor day first)');
  });

  it('the order of a column: evidence, else month first by default, else what the user chose; conflicting values are said', () => {
    expect(slashReadingOf(['3/5/2024', '4/6/2023'])).toEqual({ order: 'mdy', basis: 'default', example: '3/5/2024', evidence: null, against: null });
    expect(slashReadingOf(['3/5/2024', '31/12/2020'])).toEqual({ order: 'dmy', basis: 'evidence', example: '3/5/2024', evidence: '31/12/2020', against: null });
    expect(slashReadingOf(['12/31/2020', '3/5/2024'])).toEqual({ order: 'mdy', basis: 'evidence', example: '3/5/2024', evidence: '12/31/2020', against: null });
    expect(slashReadingOf(['12/31/2020', '31/12/2020', '3/5/2024'])).toEqual({ order: 'mdy', basis: 'conflict', example: '3/5/2024', evidence: '12/31/2020', against: '31/12/2020' });
    expect(slashReadingOf(['3/5/2024'], 'dmy')).toMatchObject({ order: 'dmy', basis: 'chosen' });
    expect(slashReadingOf(['2024-03-05', ''])).toBeNull();
  });

  it('the preview says how an ambiguous column is read; switching to day first reads every date so', () => {
    const table = csv('3/5/2024', '4/6/2023', '2024-01-02');
    const [, created] = describeColumns(table, MAPPING);
    expect(created.note).toBe('Customer since (created). Dates like 3/5/2024 read as month first (March 5), as US exports write them: choose Day first if they are not');
    expect(created.slash?.order).toBe('mdy');
    expect(recordsFromTable(table, MAPPING).records.map((r) => r.createdAt)).toEqual(['2024-03-05', '2023-04-06', '2024-01-02']);

    const dayFirst = { slashOrders: { Created: 'dmy' as SlashOrder } };
    expect(describeColumns(table, MAPPING, dayFirst)[1].note).toBe('Customer since (created). Dates like 3/5/2024 read as day first (May 3), as you chose');
    expect(describeColumns(table, MAPPING, { ...dayFirst, locale: 'en-GB' })[1].note).toBe('Customer since (created). Dates like 3/5/2024 read as day first (3 May), as you chose');
    expect(recordsFromTable(table, MAPPING, dayFirst).records.map((r) => r.createdAt)).toEqual(['2024-05-03', '2023-06-04', '2024-01-02']);
  });

  it('a column decided by a value that reads one way says so; no choice is offered where nothing is ambiguous', () => {
    const table = csv('3/5/2024', '25/12/2023');
    expect(describeColumns(table, MAPPING)[1].note).toBe('Customer since (created). Dates like 3/5/2024 read as day first (May 3), as 25/12/2023 in this column can only be');
    expect(recordsFromTable(table, MAPPING).records.map((r) => r.createdAt)).toEqual(['2024-05-03', '2023-12-25']);
    const plain = csv('12/31/2020', '2024-01-02');
    expect(describeColumns(plain, MAPPING)[1]).toMatchObject({ note: 'Customer since (created)' });
    expect(describeColumns(plain, MAPPING)[1].slash).toBeUndefined();
  });

  it('values that fit neither order, or only the other one, are listed with row, column and raw value', () => {
    const table = csv('12/31/2020', '31/12/2020', '3/5/2024', '13/14/2024');
    expect(describeColumns(table, MAPPING)[1].note).toBe(
      'Customer since (created). Dates like 3/5/2024 read as month first (March 5), dates that read only day first (31/12/2020) are listed',
    );
    const { records } = recordsFromTable(table, MAPPING);
    expect(records.map((r) => r.createdAt)).toEqual(['2020-12-31', null, '2024-03-05', null]);
    expect(records.flatMap((r) => r.problems)).toEqual([
      { sourceRow: 3, column: 'Created', raw: '31/12/2020', reason: 'not a date when read month first, as this column is (it is one only read day first)' },
      { sourceRow: 5, column: 'Created', raw: '13/14/2024', reason: 'not a date (neither month first nor day first)' },
    ]);
    // Switched to day first, the other value is the one listed.
    const dayFirst = recordsFromTable(table, MAPPING, { slashOrders: { Created: 'dmy' } });
    expect(dayFirst.records.flatMap((r) => r.problems).map((p) => p.raw)).toEqual(['12/31/2020', '13/14/2024']);
  });

  it('property: a column written in either order is never misread; where every value reads either way, the order used is the one the preview names', () => {
    const day = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 12 }), fc.constantFrom<SlashOrder>('mdy', 'dmy'), (dates, written) => {
        const text = dates.map(({ y, m, d }) => (written === 'mdy' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`));
        const iso = dates.map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        const reading = slashReadingOf(text)!;
        const read = text.map((t) => parseDate(t, reading.order));
        if (reading.basis === 'evidence') expect([reading.order, read]).toEqual([written, iso]);
        else {
          // Nothing tells the orders apart: every value reads either way, and month first is what is said and done.
          expect(reading.basis).toBe('default');
          expect(dates.every(({ m, d }) => m <= 12 && d <= 12)).toBe(true);
          expect(read).toEqual(text.map((t) => parseDate(t, 'mdy')));
        }
        // Chosen, the written order always reads back exactly.
        expect(text.map((t) => parseDate(t, written))).toEqual(iso);
      }),
    );
  });
});
