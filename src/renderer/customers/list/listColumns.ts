import { z } from 'zod';
import { DEFAULT_LIST_COLUMNS, LIST_COLUMNS, type ListColumn } from '../../../shared/model/listRows';

/** Columns that need the device's figures (computed over every customer): only shown ones pay for them. */
export const FIGURE_COLUMNS: ReadonlySet<ListColumn> = new Set(['tier', 'health', 'value', 'lastTouch', 'nextFollowUp']);

const KEY = 'rapport:list-columns';
const columnsSchema = z.array(z.enum(LIST_COLUMNS));

/** The columns this device shows, in the list's order; the name always. */
export function readListColumns(): ListColumn[] {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = columnsSchema.safeParse(raw === null ? undefined : JSON.parse(raw));
    return normalizeColumns(parsed.success ? parsed.data : DEFAULT_LIST_COLUMNS);
  } catch {
    return [...DEFAULT_LIST_COLUMNS];
  }
}

export function saveListColumns(columns: readonly ListColumn[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(columns));
  } catch {
    // Storage refused: the choice lasts for this page.
  }
}

export function normalizeColumns(columns: readonly ListColumn[]): ListColumn[] {
  const wanted = new Set<ListColumn>(['name', ...columns]);
  return LIST_COLUMNS.filter((column) => wanted.has(column));
}

/** CSS grid columns for a row: the checkbox, the shown columns, then Archive. */
export function gridTemplate(columns: readonly ListColumn[]): string {
  const widths = columns.map((column) => (column === 'name' ? 'minmax(10em, 2fr)' : column === 'company' || column === 'tags' ? 'minmax(7em, 1.5fr)' : 'minmax(5.5em, 1fr)'));
  return ['2rem', ...widths, '5.5rem'].join(' ');
}
