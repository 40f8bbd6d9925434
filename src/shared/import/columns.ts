import type { CsvTable } from './csv';
import { normalizeHeader } from './presets';
import { TARGET_LABELS, type ColumnMapping, type TargetField } from './types';
import { describeSlashReading, slashReadingOf, type SlashReading } from './normalize';
import { columnValues, DATE_FIELDS, DEFAULT_MONEY, type ReadOptions } from './records';

/** "English (United States)": how the preview names the number format amounts are read in. */
function localeName(locale: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

export interface ColumnNote {
  header: string;
  field: TargetField;
  /** What the preview says of the column: where it goes, or "Not imported" and why. */
  note: string;
  imported: boolean;
  /**
   * For a date column with slash dates that read either way (3/5/2024) or
   * conflict: how they are read, so the preview can offer the other order.
   */
  slash?: SlashReading;
}

/** Columns that are left out on purpose, with the reason the preview gives. */
const LEFT_OUT: [RegExp, string][] = [
  [/(^| - )(record id|contact id|id|id de fiche.*|datensatz-id|id de registro|id del registro|post-id|record-id|id do registro)$/, 'the other system’s record id, which means nothing here'],
  [/^(e-mail|phone|website|address) \d+ - (label|type)$/, 'the kind of address or number (Work, Home): not stored'],
  [/(^| - )(photo|avatar|picture)$/, 'photos are not imported'],
  // Money that is not what the customer paid.
  [
    /^(annual revenue|chiffre d affaires annuel|revenu annuel|jahresumsatz|ingresos anuales|arsomsattning|arlig omsattning|jaaromzet|jaarlijkse omzet|receita anual|faturamento anual)$/,
    'the company’s own yearly revenue, not what it paid you',
  ],
  [
    /^(recent deal amount|montant de la transaction recente|betrag des letzten deals|importe del negocio reciente|senaste affarens belopp|bedrag recente deal|valor do negocio recente)$/,
    'the last deal’s amount, already counted in Total revenue',
  ],
  [/^(deal|affaire|trato|negocio|affar) - (weighted value|valeur ponderee|gewichteter wert|valor ponderado|viktat varde|gewogen waarde)$/, 'a deal’s value times its probability, not money paid'],
];

/**
 * For each column of a file: what it maps to, or "Not imported" with the
 * reason, so the preview hides nothing. Owners are matched to the workspace's
 * members on import (see importOwners.ts).
 */
export function describeColumns(table: CsvTable, mapping: ColumnMapping, options: ReadOptions & { locale?: string } = {}): ColumnNote[] {
  const money = options.money ?? DEFAULT_MONEY;
  const hasStatus = table.headers.some((h) => mapping[h] === 'dealStatus');
  return table.headers.map((header, i) => {
    const field = mapping[header] ?? 'ignore';
    const empty = table.rows.every((row) => !(row[i] ?? '').trim());
    if (field !== 'ignore') {
      const reading = DATE_FIELDS.has(field) ? slashReadingOf(columnValues(table.rows, i), options.slashOrders?.[header]) : null;
      const slash = reading && (reading.example || reading.against) ? reading : undefined;
      const target =
        field === 'owner'
          ? 'Owner (matched to a member by name or email; others become members)'
          : field === 'custom'
            ? `Custom field “${header}”`
            : field === 'dateLabel'
              ? 'Label of the important date beside it'
              : field === 'amount'
                ? `${TARGET_LABELS.amount}: one purchase per customer, in ${money.currency} as written in ${localeName(money.locale)}${hasStatus ? ', won deals only' : ''}`
                : field === 'amountCurrency'
                  ? `${TARGET_LABELS.amountCurrency}: amounts in another currency than ${money.currency} are listed, not converted`
                  : TARGET_LABELS[field];
      const note = slash ? `${target}. ${describeSlashReading(slash, options.locale)}` : target;
      return { header, field, note: empty ? `${note} (empty in every row)` : note, imported: !empty, ...(slash && { slash }) };
    }
    const folded = normalizeHeader(header);
    const known = LEFT_OUT.find(([pattern]) => pattern.test(folded));
    const reason = empty ? 'empty in every row' : known ? known[1] : 'no field chosen: choose one, or “Custom field” to keep it';
    return { header, field, note: `Not imported: ${reason}`, imported: false };
  });
}
