import type { Stage } from '../stages';
import type { Money } from '../money/money';

/**
 * A value of a row that could not be read (an impossible date, an email that is
 * not one, a phone without digits, an unknown lifecycle word). The record is
 * kept without it; the user decides per problem (or for all) whether the row is
 * imported without the value or skipped. Never imported with a guessed value.
 */
export interface ValueProblem {
  sourceRow: number;
  /** The column header (CSV) or property name (vCard) it came from. */
  column: string;
  raw: string;
  /** Why it cannot be read, for the preview. */
  reason: string;
}

/** One customer read from a file, before it is matched against the workspace. */
export interface ImportRecord {
  name: string;
  company: string;
  emails: string[];
  phones: string[];
  role: string;
  address: string;
  stage: Stage | null;
  /** Plain text for the notebook; each line becomes a paragraph. */
  notes: string;
  /** Birthdays, anniversaries and dates with their own label ("first order"). */
  importantDates: { label: string; date: string }[];
  tags: string[];
  /** Web addresses (vCard URL, Google Website, HubSpot Website URL). */
  websites: string[];
  /** The contact owner in the other system, as written there (a name or an email). */
  owner: string;
  /** When the other system created the contact (YYYY-MM-DD): "Customer since" when earlier than ours. */
  createdAt: string | null;
  /**
   * What the customer has paid in total to date, by amount column, in the
   * workspace currency (rows folded together add up). Each becomes a purchase.
   */
  amounts: ImportAmount[];
  /** Columns the user chose to keep as custom fields, by header. */
  custom: Record<string, string>;
  /** Values of this row that could not be read (the record holds everything else). */
  problems: ValueProblem[];
  /** 1-based row (CSV, counting the header as row 1) or card number (vCard), for messages. */
  sourceRow: number;
}

/** A total paid to date, read from an amount column. */
export interface ImportAmount {
  /** The column header it came from (a purchase per column, named in its summary). */
  column: string;
  money: Money;
  /** As the file writes it ("13,250.00"; "1,000 + 250" for rows folded together). */
  raw: string;
}

export function emptyRecord(sourceRow: number): ImportRecord {
  return { name: '', company: '', emails: [], phones: [], role: '', address: '', stage: null, notes: '', importantDates: [], tags: [], websites: [], owner: '', createdAt: null, amounts: [], custom: {}, problems: [], sourceRow };
}

/** A row that cannot become a customer at all (nothing to name it by, or the parser refused it). */
export interface MalformedRow {
  sourceRow: number;
  reason: string;
}

/** Our fields a source column can map to. */
export const TARGET_FIELDS = [
  'ignore',
  'name',
  'firstName',
  'lastName',
  'company',
  'email',
  'phone',
  'role',
  'address',
  'stage',
  'notes',
  'birthday',
  'date',
  'dateLabel',
  'website',
  'owner',
  'createdAt',
  'amount',
  'amountCurrency',
  'dealStatus',
  'tags',
  'custom',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

/** Source column (by header) -> our field. */
export type ColumnMapping = Record<string, TargetField>;

export const TARGET_LABELS: Record<TargetField, string> = {
  ignore: 'Not imported',
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  email: 'Email',
  phone: 'Phone',
  role: 'Role / job title',
  address: 'Address',
  stage: 'Stage / lifecycle',
  notes: 'Notes',
  birthday: 'Birthday',
  date: 'Important date',
  dateLabel: 'Label of an important date',
  website: 'Website',
  owner: 'Owner',
  createdAt: 'Customer since (created)',
  amount: 'Purchase amount (total to date)',
  amountCurrency: 'Currency of the purchase amount',
  dealStatus: 'Deal status (only won deals are purchases)',
  tags: 'Tags / labels',
  custom: 'Custom field (named after the column)',
};
