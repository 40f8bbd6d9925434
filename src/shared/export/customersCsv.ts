import Papa from 'papaparse';
import type { CustomerCard } from '../model/workspaceDoc';
import type { CustomerSummary } from '../insights/summary';
import type { Profile } from '../model/schemas';
import { STAGE_LABELS } from '../stages';
import { toDecimalString } from '../money/money';
import { HEALTH_LABELS } from '../insights/healthLabels';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, return at the
 * start) gets a leading apostrophe, so an exported name can never become code
 * in Excel or Sheets (CSV injection).
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One customer of a list export: the card, what this device derived of it, its contact details. */
export interface ExportCustomer {
  card: CustomerCard;
  /** The device's figures for it (tier, value, health, last touch, next follow-up); blank cells without. */
  summary?: CustomerSummary;
  /** Emails, phones, role... as the customer's digest holds them (no customer doc is decoded). */
  profile?: ExportProfile;
}

/** The contact details a list export writes. */
export type ExportProfile = Partial<Pick<Profile, 'emails' | 'phones' | 'role' | 'address' | 'importantDates' | 'customFields'>>;

export interface ListExportContext {
  /** A person field (the owner) as the name people know. */
  personName: (value: string) => string;
  /** The workspace currency: lifetime value is in its minor units. */
  currency: string;
}

export const CSV_COLUMNS = ['Name', 'Company', 'Stage', 'Owner', 'Tags', 'Emails', 'Phones', 'Role', 'Tier', 'Lifetime value', 'Currency', 'Health', 'Last touch', 'Next follow-up', 'Created', 'Archived'] as const;

/**
 * The customer list as CSV (UTF-8 with a byte-order mark, so spreadsheets read accents
 * right). Files hold ISO: amounts as a plain decimal beside the ISO 4217 code, dates as
 * YYYY-MM-DD; the owner by name. Rows in the order given (the list's filter, sort and
 * selection are the caller's).
 */
export function customersToCsv(customers: readonly ExportCustomer[], context: ListExportContext): string {
  const rows = customers.map(({ card, summary, profile }) =>
    [
      card.name,
      card.company,
      STAGE_LABELS[card.stage],
      card.owner ? context.personName(card.owner) : '',
      card.tags.join(', '),
      (profile?.emails ?? []).join(', '),
      (profile?.phones ?? []).join(', '),
      profile?.role ?? '',
      summary?.tier ?? '',
      summary ? toDecimalString({ minor: summary.ltv, currency: context.currency }) : '',
      summary ? context.currency : '',
      summary ? HEALTH_LABELS[summary.health.level] : '',
      summary?.lastTouchDate ?? '',
      summary?.followUps.nextDue ?? '',
      new Date(card.createdAt).toISOString().slice(0, 10),
      card.archived ? 'yes' : 'no',
    ].map((value) => safeCell(String(value))),
  );
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' })}`;
}
