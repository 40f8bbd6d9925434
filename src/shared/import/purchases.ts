import type * as Y from 'yjs';
import { z } from 'zod';
import { interactionsMap, putInteraction } from '../model/customerDoc';
import { moneySchema, type Money } from '../money/money';
import type { ImportAmount } from './types';

/**
 * The purchases an import writes for amount columns. Each is marked with the
 * source and column it came from (a key of its own, kept by every version), so
 * a later import of the same export compares the column's total with what
 * imports of it already added: the same total adds nothing ("0 new · N
 * unchanged"), a higher one adds the difference, a lower one is listed.
 */
export const importedPurchaseSchema = z.object({ source: z.string().max(100), column: z.string().max(200) });

const markedPurchaseSchema = z.looseObject({ kind: z.literal('purchase'), amount: moneySchema, imported: importedPurchaseSchema });

/** One key per source, column and currency. */
export const purchaseKey = (source: string, column: string, currency: string) => `${source}\u0000${column.slice(0, 200)}\u0000${currency}`;

/** What imports added per source, column and currency (see purchaseKey), in minor units. */
export function importedPurchaseSums(doc: Y.Doc): Record<string, number> {
  const sums: Record<string, number> = {};
  interactionsMap(doc).forEach((raw) => {
    // Most interactions were not imported: only those with the mark are parsed (digests read every doc).
    if (typeof raw !== 'object' || raw === null || !('imported' in raw)) return;
    const parsed = markedPurchaseSchema.safeParse(raw);
    if (!parsed.success) return;
    const { amount, imported } = parsed.data;
    const key = purchaseKey(imported.source, imported.column, amount.currency);
    sums[key] = (sums[key] ?? 0) + amount.minor;
  });
  return sums;
}

/** "Imported from HubSpot: “Total Revenue” 13,250.00 (total to date)"; a later import adds "less what earlier imports of it added". */
export function purchaseSummary(source: string, amount: Pick<ImportAmount, 'column' | 'raw'>, partOfTotal: boolean): string {
  const text = `Imported from ${source}: “${amount.column}” ${amount.raw} (total to date)`;
  return partOfTotal ? `${text}, less what earlier imports of it added` : text;
}

export function writeImportedPurchase(
  doc: Y.Doc,
  id: string,
  purchase: { source: string; column: string; money: Money; date: string; summary: string; by: string },
  origin: unknown,
): void {
  putInteraction(
    doc,
    id,
    {
      kind: 'purchase',
      at: purchase.date,
      summary: purchase.summary.slice(0, 20_000),
      sentiment: 'neutral',
      amount: purchase.money,
      author: purchase.by.slice(0, 200),
      imported: { source: purchase.source.slice(0, 100), column: purchase.column.slice(0, 200) },
    },
    origin,
  );
}

/** Undo: the purchase an import wrote goes, unless its amount was changed since (then it is the user's). */
export function removeImportedPurchase(doc: Y.Doc, id: string, money: Money, origin: unknown): void {
  const parsed = markedPurchaseSchema.safeParse(interactionsMap(doc).get(id));
  if (parsed.success && parsed.data.amount.minor === money.minor && parsed.data.amount.currency === money.currency) doc.transact(() => interactionsMap(doc).delete(id), origin);
}
