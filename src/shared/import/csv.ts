import Papa from 'papaparse';

export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** Problems the parser reported (a row with too many or too few fields...), by 1-based row. */
  errors: { sourceRow: number; reason: string }[];
}

/**
 * Parses CSV text as exported by CRMs and spreadsheets: a byte-order mark,
 * comma, semicolon or tab delimiters (detected), quoted fields with newlines.
 * The first row holds the headers.
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy' });
  const [headerRow = [], ...rows] = result.data;
  const headers = headerRow.map((h, i) => h.trim() || `Column ${i + 1}`);
  const errors = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ sourceRow: (e.row ?? 0) + 1, reason: e.message }));
  return { headers, rows, errors };
}
