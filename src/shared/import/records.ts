import type { CsvTable } from './csv';
import { runSync, type Steps } from './slices';
import { readRowAmounts, type RowMoneyCells } from './amounts';
import type { AmountContext } from '../money/parseAmount';
import { emptyRecord, type ColumnMapping, type ImportRecord, type MalformedRow, type TargetField } from './types';
import { dateReason, looksLikeEmail, looksLikePhone, normalizeWebsite, parseDate, slashReadingOf, splitValues, stageFromText, uniqueEmails, type SlashOrder } from './normalize';

const MAX_TEXT = 4000;

/** "Event 1 - Value" and "Event 1 - Label" belong together: the header without its last " - part". */
export function columnGroup(header: string): string {
  const parts = header.split(/\s+-\s+/);
  return parts.length > 1 ? parts.slice(0, -1).join(' - ') : header;
}

/** Google's system groups and types ("* myContacts", "* Work") are marked with a star. */
const unstar = (text: string) => text.replace(/^\*\s*/, '').trim();

/**
 * Turns CSV rows into records through a column mapping. A row that cannot be a
 * customer (no name, company or email) is listed as malformed; a value that
 * cannot be read is left out of its record and listed as a problem with its row,
 * column and raw text, for the user to decide on.
 */
export function recordsFromTable(table: CsvTable, mapping: ColumnMapping, options: ReadOptions = {}): ReadRecords {
  return runSync(recordSteps(table, mapping, options));
}

/** How values are read, beyond the mapping. */
export interface ReadOptions {
  /** The order the user chose for a date column's slash dates, by header (see slashReadingOf). */
  slashOrders?: Readonly<Record<string, SlashOrder>>;
  /** The workspace's number locale and currency, for amount columns (the app passes its own; tests and tools say theirs). */
  money?: AmountContext;
}

/** For amounts read without a workspace (tests, tools): what an English workspace in euros reads. */
export const DEFAULT_MONEY: AmountContext = { locale: 'en-US', currency: 'EUR' };

/** Columns read as dates. */
export const DATE_FIELDS: ReadonlySet<TargetField> = new Set(['birthday', 'date', 'createdAt']);

/** How each date column's slash dates are read (undefined for other columns and columns without any). */
export function slashOrders(table: CsvTable, mapping: ColumnMapping, chosen: ReadOptions['slashOrders'] = {}): (SlashOrder | undefined)[] {
  return table.headers.map((header, i) => (DATE_FIELDS.has(mapping[header] ?? 'ignore') ? slashReadingOf(columnValues(table.rows, i), chosen[header])?.order : undefined));
}

export interface ReadRecords {
  records: ImportRecord[];
  malformed: MalformedRow[];
}

/** recordsFromTable as steps, a row each (see slices.ts). */
export function* recordSteps(table: CsvTable, mapping: ColumnMapping, options: ReadOptions = {}): Steps<ReadRecords> {
  const records: ImportRecord[] = [];
  const malformed: MalformedRow[] = [...table.errors];
  const columns: TargetField[] = table.headers.map((header) => mapping[header] ?? 'ignore');
  const groups = table.headers.map(columnGroup);
  // Each date column is read one way round, decided from all its values or by the user.
  const orders = slashOrders(table, mapping, options.slashOrders);
  for (let index = 0; index < table.rows.length; index++) {
    if (index > 0) yield;
    const row = table.rows[index];
    const sourceRow = index + 2;
    const record = emptyRecord(sourceRow);
    let first = '';
    let last = '';
    const notes: string[] = [];
    const problem = (i: number, raw: string, reason: string) => record.problems.push({ sourceRow, column: table.headers[i], raw, reason });
    // Amounts are read once the row's currency and deal status are known, wherever their columns are.
    const money: RowMoneyCells = { amounts: [], currency: null, status: null };
    const labelOf = (i: number): string => {
      const at = columns.findIndex((f, j) => f === 'dateLabel' && groups[j] === groups[i]);
      const label = at >= 0 ? unstar((row[at] ?? '').trim()) : '';
      return label || (groups[i] === table.headers[i] ? table.headers[i] : groups[i]);
    };
    columns.forEach((field, i) => {
      const value = (row[i] ?? '').trim().slice(0, MAX_TEXT);
      if (!value || field === 'ignore' || field === 'dateLabel') return;
      switch (field) {
        case 'name':
          record.name = value;
          break;
        case 'firstName':
          first = value;
          break;
        case 'lastName':
          last = value;
          break;
        case 'company':
          record.company ||= value;
          break;
        case 'email':
          for (const email of splitValues(value)) {
            if (looksLikeEmail(email)) record.emails.push(email.trim());
            else problem(i, email, 'not an email address');
          }
          break;
        case 'phone':
          for (const phone of splitValues(value)) {
            if (looksLikePhone(phone)) record.phones.push(phone.replace(/^tel:/i, ''));
            else problem(i, phone, 'not a phone number');
          }
          break;
        case 'role':
          record.role ||= value;
          break;
        case 'address':
          record.address = [record.address, value.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ');
          break;
        case 'stage': {
          const stage = stageFromText(value);
          if (stage) record.stage ??= stage;
          else problem(i, value, 'not a lifecycle stage this app knows (the customer would start as Prospect)');
          break;
        }
        case 'notes':
          notes.push(value);
          break;
        case 'birthday':
        case 'date': {
          const date = parseDate(value, orders[i]);
          if (date) record.importantDates.push({ label: field === 'birthday' ? 'Birthday' : labelOf(i).slice(0, 200), date });
          else problem(i, value, dateReason(value, orders[i]));
          break;
        }
        case 'createdAt': {
          const date = parseDate(value, orders[i]);
          if (date) record.createdAt = date;
          else problem(i, value, dateReason(value, orders[i]));
          break;
        }
        case 'website':
          for (const url of splitValues(value)) {
            const site = normalizeWebsite(url);
            if (site) record.websites.push(site);
            else problem(i, url, 'not a web address');
          }
          break;
        case 'owner':
          record.owner ||= value.slice(0, 200);
          break;
        case 'amount':
          money.amounts.push({ column: table.headers[i], raw: value });
          break;
        case 'amountCurrency':
          money.currency ??= { column: table.headers[i], raw: value };
          break;
        case 'dealStatus':
          money.status ??= { column: table.headers[i], raw: value };
          break;
        case 'custom':
          record.custom[table.headers[i].slice(0, 200)] = value;
          break;
        case 'tags':
          // Google's system groups ("* myContacts", "* My Contacts") are not labels anyone chose.
          record.tags.push(...splitValues(value).filter((t) => !t.startsWith('*')));
          break;
      }
    });
    if (!record.name) record.name = [first, last].filter(Boolean).join(' ');
    const paid = readRowAmounts(money, options.money ?? DEFAULT_MONEY, sourceRow);
    record.amounts = paid.amounts;
    record.problems.push(...paid.problems);
    finishRecord(record, notes);
    if (!record.name && !record.company && record.emails.length === 0) {
      malformed.push({ sourceRow, reason: 'No name, company or email' });
      continue;
    }
    // A company-only row becomes a customer named after the company.
    if (!record.name) record.name = record.company || record.emails[0];
    records.push(record);
  }
  return { records, malformed: malformed.sort((a, b) => a.sourceRow - b.sourceRow) };
}

/** One column's values, without copying the column. */
export function* columnValues(rows: readonly string[][], i: number): Generator<string> {
  for (const row of rows) yield row[i] ?? '';
}

/** What every importer does last: notes joined, duplicates gone, a label that names a stage (Pipedrive's "Customer") read as the stage. */
export function finishRecord(record: ImportRecord, notes: string[]): void {
  record.notes = notes.map((n) => n.replace(/\r\n?/g, '\n').trim()).filter(Boolean).join('\n');
  record.emails = uniqueEmails(record.emails);
  record.phones = [...new Set(record.phones)];
  record.websites = [...new Set(record.websites)];
  record.tags = [...new Set(record.tags)].slice(0, 50);
  if (record.stage === null) for (const tag of record.tags) record.stage ??= stageFromText(tag);
  const seen = new Set<string>();
  record.importantDates = record.importantDates.filter((d) => {
    const key = `${d.label.toLowerCase()}\u0000${d.date}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
