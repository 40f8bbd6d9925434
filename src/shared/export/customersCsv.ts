import Papa from 'papaparse';
import type { CustomerCard } from '../model/workspaceDoc';
import { STAGE_LABELS } from '../stages';
import { toDecimalString, type Money } from '../money/money';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, return at the
 * start) gets a leading apostrophe, so an exported name can never become code
 * in Excel or Sheets (CSV injection).
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface CsvCustomer {
  card: CustomerCard;
  emails?: readonly string[];
  tier?: string;
  /** Lifetime value: written as a plain decimal ("13250.50") beside its ISO 4217 code, for spreadsheets. */
  ltv?: Money;
}

/** The customer list as CSV (UTF-8 with a byte-order mark, so spreadsheets read accents right). */
export function customersToCsv(customers: readonly CsvCustomer[]): string {
  const rows = customers.map(({ card, emails, tier, ltv }) =>
    [card.name, card.company, STAGE_LABELS[card.stage], card.owner, card.tags.join(', '), (emails ?? []).join(', '), tier ?? '', ltv ? toDecimalString(ltv) : '', ltv?.currency ?? '', new Date(card.createdAt).toISOString().slice(0, 10), card.archived ? 'yes' : 'no'].map((v) =>
      safeCell(String(v)),
    ),
  );
  return `\uFEFF${Papa.unparse({ fields: ['Name', 'Company', 'Stage', 'Owner', 'Tags', 'Emails', 'Tier', 'Lifetime value', 'Currency', 'Created', 'Archived'], data: rows }, { newline: '\r\n' })}`;
}
