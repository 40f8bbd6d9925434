import { parseAmount, type AmountContext } from '../money/parseAmount';
import { isSupportedCurrency } from '../money/currency';
import { foldText } from './normalize';
import type { ImportAmount, ValueProblem } from './types';

/**
 * Amount columns of an import: what a customer has paid in total to date
 * (HubSpot's Total revenue, a won Pipedrive deal's value), read with the app's
 * money parser in the workspace's locale and currency. A value that cannot be
 * read, is ambiguous ("1.250" in English), is in another currency (a currency
 * column says so, or the value's own symbol) or is negative is listed as a
 * problem of its row, never guessed or converted.
 */
export type DealStatus = 'won' | 'open' | 'lost' | 'deleted';

/** Pipedrive's deal statuses in the languages of its exports (folded: case, accents). */
const DEAL_STATUS: Record<DealStatus, string[]> = {
  won: ['won', 'gagne', 'gagnee', 'gewonnen', 'ganado', 'ganada', 'vunnen', 'vunnit', 'vunnen affar', 'ganho', 'ganha'],
  open: ['open', 'ouvert', 'ouverte', 'en cours', 'offen', 'abierto', 'abierta', 'oppen', 'oppet', 'aberto', 'aberta', 'em aberto'],
  lost: ['lost', 'perdu', 'perdue', 'verloren', 'perdido', 'perdida', 'forlorad', 'forlorat', 'forlorade'],
  deleted: ['deleted', 'supprime', 'supprimee', 'geloscht', 'eliminado', 'eliminada', 'borttagen', 'borttaget', 'verwijderd', 'excluido', 'excluida'],
};
const STATUS_BY_TEXT = new Map<string, DealStatus>();
for (const [status, words] of Object.entries(DEAL_STATUS) as [DealStatus, string[]][]) for (const w of words) STATUS_BY_TEXT.set(w, status);

export function dealStatusFromText(text: string): DealStatus | null {
  return STATUS_BY_TEXT.get(foldText(text)) ?? null;
}

/** A row's cells of the amount, currency and deal status columns. */
export interface RowMoneyCells {
  amounts: { column: string; raw: string }[];
  currency: { column: string; raw: string } | null;
  status: { column: string; raw: string } | null;
}

export function readRowAmounts(cells: RowMoneyCells, context: AmountContext, sourceRow: number): { amounts: ImportAmount[]; problems: ValueProblem[] } {
  const amounts: ImportAmount[] = [];
  const problems: ValueProblem[] = [];
  if (cells.amounts.length === 0) return { amounts, problems };
  const problem = (column: string, raw: string, reason: string) => problems.push({ sourceRow, column, raw, reason });
  if (cells.status) {
    const status = dealStatusFromText(cells.status.raw);
    if (!status) {
      problem(cells.status.column, cells.status.raw, 'not a deal status this app knows (won, open, lost, deleted): its amount is not imported');
      return { amounts, problems };
    }
    // An open, lost or deleted deal was never paid.
    if (status !== 'won') return { amounts, problems };
  }
  if (cells.currency) {
    const code = cells.currency.raw.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code) || !isSupportedCurrency(code)) {
      problem(cells.currency.column, cells.currency.raw, 'not a currency code such as EUR: the amount beside it is not imported');
      return { amounts, problems };
    }
    if (code !== context.currency) {
      for (const a of cells.amounts)
        problem(a.column, a.raw, `in ${code} (column “${cells.currency.column}”), not this workspace’s ${context.currency}: amounts are not converted`);
      return { amounts, problems };
    }
  }
  for (const { column, raw } of cells.amounts) {
    const parsed = parseAmount(raw, context);
    if (!parsed.ok) problem(column, raw, parsed.message);
    else if (parsed.money.minor < 0) problem(column, raw, 'a negative total: not a purchase');
    // Nothing paid is no purchase.
    else if (parsed.money.minor > 0) amounts.push({ column, money: parsed.money, raw });
  }
  return { amounts, problems };
}

/** Amounts of rows folded together (two records of one customer): a column's totals add up. */
export function addAmounts(a: readonly ImportAmount[], b: readonly ImportAmount[]): ImportAmount[] {
  const out = a.map((x) => ({ ...x, money: { ...x.money } }));
  for (const y of b) {
    const same = out.find((x) => x.column === y.column && x.money.currency === y.money.currency);
    if (same) {
      same.money.minor += y.money.minor;
      same.raw = `${same.raw} + ${y.raw}`;
    } else out.push({ ...y, money: { ...y.money } });
  }
  return out;
}
