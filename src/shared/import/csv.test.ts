import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseCsv, parseCsvSliced } from './csv';
import { timeSlicer } from './slices';

/** What one parse of the whole text gives (parseCsv before it read in pieces). */
function wholeParse(text: string) {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy' });
  const [headerRow = [], ...rows] = result.data;
  return {
    headers: headerRow.map((h, i) => h.trim() || `Column ${i + 1}`),
    rows,
    errors: result.errors.filter((e) => e.code !== 'UndetectableDelimiter').map((e) => ({ sourceRow: (e.row ?? 0) + 1, reason: e.message })),
  };
}

const field = fc.oneof(
  fc.stringMatching(/^[a-zA-Zé0-9 .@+-]{0,12}$/),
  // Quoted, with delimiters, quotes and line breaks inside.
  fc.stringMatching(/^[a-z ,;\n\r"]{0,12}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
);

describe('CSV read in pieces', () => {
  it('reads every text exactly as one parse of the whole text (rows, headers, errors), whatever the pieces and pauses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        async (delimiter, newline, rows, emptyLines, pieceSize) => {
          const text = `\uFEFF${rows.map((r, i) => (emptyLines && i % 4 === 2 ? `${newline}  ` : '') + r.join(delimiter)).join(newline)}`;
          const expected = wholeParse(text);
          expect(parseCsv(text)).toEqual(expected);
          let pauses = 0;
          const everyTime = timeSlicer(async () => void pauses++, () => 0, -1);
          expect(await parseCsvSliced(text, everyTime, pieceSize)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an unterminated quote and an empty file read as before', async () => {
    for (const text of ['', 'a,b\n1,"2\n3,4', 'Name;Email\r\n\r\nAda;ada@x.example\r\n']) {
      expect(parseCsv(text)).toEqual(wholeParse(text));
      expect(await parseCsvSliced(text, timeSlicer(async () => undefined, () => 0, -1), 3)).toEqual(wholeParse(text));
    }
  });
});
