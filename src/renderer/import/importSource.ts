import { decodeUtf8 } from 'lib0/string';
import { parseCsvSliced, type CsvTable } from '../../shared/import/csv';
import type { Slicer } from '../../shared/import/slices';
import { detectPreset, type PresetId } from '../../shared/import/presets';
import { parseVCards } from '../../shared/import/vcard';
import type { ColumnMapping, ImportRecord, MalformedRow } from '../../shared/import/types';

export type ImportSource =
  | { kind: 'csv'; fileName: string; table: CsvTable; preset: PresetId; mapping: ColumnMapping }
  | { kind: 'vcard'; fileName: string; records: ImportRecord[]; malformed: MalformedRow[] };

/** Reads a chosen file: vCard when it says so, otherwise CSV (read in slices) with its export detected from the headers. */
export async function readImportFile(fileName: string, data: Uint8Array, slicer: Slicer): Promise<ImportSource> {
  // UTF-8 by default; a file that is not UTF-8 (old Excel exports) falls back to Latin-1.
  let text = decodeUtf8(data);
  if (text.includes('\ufffd')) text = new TextDecoder('windows-1252').decode(data);
  if (/^\s*(\uFEFF)?BEGIN:VCARD/i.test(text) || /\.vcf$/i.test(fileName)) {
    return { kind: 'vcard', fileName, ...parseVCards(text) };
  }
  const table = await parseCsvSliced(text, slicer);
  if (table.headers.length === 0) throw new Error('The file has no header row: is it a CSV export?');
  return { kind: 'csv', fileName, table, ...detectPreset(table.headers) };
}
