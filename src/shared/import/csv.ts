import Papa from 'papaparse';
import type { Slicer } from './slices';

export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** Problems the parser reported (a row with too many or too few fields...), by 1-based row. */
  errors: { sourceRow: number; reason: string }[];
}

const DELIMITERS = [',', ';', '\t', '|'];
/** Text parsed per piece: a few milliseconds of papaparse. */
const PIECE = 128 * 1024;

/** Papaparse's 'greedy' test: a row of nothing but whitespace is no row. */
const isEmptyRow = (row: string[]) => row.join('').trim() === '';

/**
 * Parses CSV text as exported by CRMs and spreadsheets: a byte-order mark,
 * comma, semicolon or tab delimiters (detected), quoted fields with newlines.
 * The first row holds the headers.
 */
export function parseCsv(text: string): CsvTable {
  let table: CsvTable | null = null;
  // Never paused, papaparse reads a string to the end before returning.
  parse(text, null, (t) => (table = t));
  if (!table) throw new Error('The CSV parser did not finish');
  return table;
}

/** parseCsv, handing the thread back whenever `slicer` says a slice is over (`pieceSize`: for tests). */
export function parseCsvSliced(text: string, slicer: Slicer, pieceSize = PIECE): Promise<CsvTable> {
  return new Promise((resolve, reject) => {
    try {
      parse(text, slicer, resolve, pieceSize);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * One pass of papaparse over the text in pieces. The delimiter and line break
 * are guessed first from the whole text, exactly as one parse of it would
 * (papaparse looks at its first rows and first megabyte), so every piece is
 * read the same way; a row split between pieces is joined by papaparse.
 */
function parse(text: string, slicer: Slicer | null, done: (table: CsvTable) => void, pieceSize = PIECE): void {
  const clean = text.replace(/^\uFEFF/, '');
  const guess = Papa.parse<string[]>(clean, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 1 });
  const rows: string[][] = [];
  const errors: CsvTable['errors'] = [];
  // Rows seen so far, empty ones too: papaparse numbers a piece's errors from the piece's first row.
  let rowsBefore = 0;
  // Papaparse streams a string through `chunk` as it does a file (its StringStreamer), though its types name files only.
  const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void } = {
    // Papaparse's default (a comma) when none could be detected, as a single parse does.
    delimiter: guess.meta.delimiter,
    newline: guess.meta.linebreak as Papa.ParseConfig['newline'],
    chunkSize: pieceSize,
    chunk: (results, parser) => {
      // An error in the row a piece ends inside is reported again when that row is read whole with the next piece.
      for (const e of results.errors) if ((e.row ?? 0) < results.data.length) errors.push({ sourceRow: rowsBefore + (e.row ?? 0) + 1, reason: e.message });
      for (const row of results.data) if (!isEmptyRow(row)) rows.push(row);
      rowsBefore += results.data.length;
      if (slicer?.due()) {
        parser.pause();
        void slicer.pause().then(() => parser.resume());
      }
    },
    complete: () => {
      const [headerRow = [], ...body] = rows;
      done({ headers: headerRow.map((h, i) => h.trim() || `Column ${i + 1}`), rows: body, errors });
    },
  };
  Papa.parse<string[]>(clean, config);
}
