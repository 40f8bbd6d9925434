import type { CsvTable } from './csv';
import type { ColumnMapping, ImportRecord, MalformedRow } from './types';
import { looksLikeEmail, parseDate, splitValues, stageFromText, uniqueEmails } from './normalize';

const MAX_TEXT = 4000;

/** Turns CSV rows into records through a column mapping; rows that cannot become a customer are listed with the reason. */
export function recordsFromTable(table: CsvTable, mapping: ColumnMapping): { records: ImportRecord[]; malformed: MalformedRow[] } {
  const records: ImportRecord[] = [];
  const malformed: MalformedRow[] = [...table.errors];
  const columns = table.headers.map((header) => mapping[header] ?? 'ignore');
  table.rows.forEach((row, index) => {
    const sourceRow = index + 2;
    const record: ImportRecord = { name: '', company: '', emails: [], phones: [], role: '', address: '', stage: null, notes: '', importantDates: [], tags: [], sourceRow };
    let first = '';
    let last = '';
    const notes: string[] = [];
    const problems: string[] = [];
    columns.forEach((field, i) => {
      const value = (row[i] ?? '').trim().slice(0, MAX_TEXT);
      if (!value || field === 'ignore') return;
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
            else problems.push(`“${email}” is not an email address`);
          }
          break;
        case 'phone':
          record.phones.push(...splitValues(value));
          break;
        case 'role':
          record.role ||= value;
          break;
        case 'address':
          record.address = [record.address, value.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ');
          break;
        case 'stage':
          record.stage ??= stageFromText(value);
          break;
        case 'notes':
          notes.push(value);
          break;
        case 'birthday': {
          const date = parseDate(value);
          if (date) record.importantDates.push({ label: 'Birthday', date });
          else problems.push(`“${value}” is not a date`);
          break;
        }
        case 'tags':
          // Google's system groups ("* myContacts", "* My Contacts") are not labels anyone chose.
          record.tags.push(...splitValues(value).filter((t) => !t.startsWith('*')));
          break;
      }
    });
    if (!record.name) record.name = [first, last].filter(Boolean).join(' ');
    record.notes = notes.join('\n\n');
    record.emails = uniqueEmails(record.emails);
    record.phones = [...new Set(record.phones)];
    record.tags = [...new Set(record.tags)].slice(0, 50);
    if (!record.name && !record.company && record.emails.length === 0) {
      malformed.push({ sourceRow, reason: 'No name, company or email' });
      return;
    }
    if (problems.length > 0) {
      malformed.push({ sourceRow, reason: problems.join('; ') });
      return;
    }
    // A company-only row becomes a customer named after the company.
    if (!record.name) record.name = record.company || record.emails[0];
    records.push(record);
  });
  return { records, malformed: malformed.sort((a, b) => a.sourceRow - b.sourceRow) };
}
