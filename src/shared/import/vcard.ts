import type { ImportRecord, MalformedRow } from './types';
import { looksLikeEmail, parseDate, uniqueEmails } from './normalize';

interface Property {
  group: string | null;
  name: string;
  params: Record<string, string[]>;
  value: string;
}

/** Lines of a vCard file with folded lines joined (RFC 6350 §3.2) and 2.1 quoted-printable soft breaks. */
function unfold(text: string): string[] {
  const raw = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const lines: string[] = [];
  for (const line of raw) {
    const last = lines.length - 1;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last >= 0) lines[last] += line.slice(1);
    else if (last >= 0 && /ENCODING=QUOTED-PRINTABLE/i.test(lines[last]) && lines[last].endsWith('=')) lines[last] = lines[last].slice(0, -1) + line;
    else lines.push(line);
  }
  return lines.filter((l) => l.trim() !== '');
}

function parseLine(line: string): Property | null {
  // The value starts after the first colon that is not inside a quoted parameter.
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') inQuotes = !inQuotes;
    else if (line[i] === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [head, ...paramParts] = line.slice(0, colon).split(';');
  const dot = head.indexOf('.');
  const group = dot >= 0 ? head.slice(0, dot) : null;
  const name = (dot >= 0 ? head.slice(dot + 1) : head).toUpperCase();
  const params: Record<string, string[]> = {};
  for (const part of paramParts) {
    const eq = part.indexOf('=');
    // vCard 2.1 allows bare types: TEL;WORK;VOICE:...
    const key = (eq >= 0 ? part.slice(0, eq) : 'TYPE').toUpperCase();
    const values = (eq >= 0 ? part.slice(eq + 1) : part).replace(/^"|"$/g, '').split(',');
    params[key] = [...(params[key] ?? []), ...values.map((v) => v.toLowerCase())];
  }
  return { group, name, params, value: line.slice(colon + 1) };
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  const label = charset.toLowerCase() === 'utf8' ? 'utf-8' : charset.toLowerCase();
  try {
    return new TextDecoder(label).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

/** Text values escape \\, \, \; and newlines (\n). */
function unescape(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a structured value (N, ADR, ORG) on unescaped semicolons. */
function components(value: string): string[] {
  return value.split(/(?<!\\);/).map(unescape);
}

function text(p: Property): string {
  const encoding = p.params.ENCODING?.[0];
  const raw = encoding === 'quoted-printable' ? decodeQuotedPrintable(p.value, p.params.CHARSET?.[0] ?? 'utf-8') : p.value;
  return raw.trim();
}

/**
 * Parses vCard 2.1, 3.0 and 4.0 files (one or many cards): names, organization,
 * title, emails, phones, address, birthday, notes, categories; Apple's grouped
 * properties (item1.EMAIL with item1.X-ABLabel) keep their labels as tags.
 */
export function parseVCards(textContent: string): { records: ImportRecord[]; malformed: MalformedRow[] } {
  const records: ImportRecord[] = [];
  const malformed: MalformedRow[] = [];
  let card: Property[] | null = null;
  let index = 0;
  for (const line of unfold(textContent)) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      card = [];
      index++;
      continue;
    }
    if (upper === 'END:VCARD') {
      if (card) {
        const result = toRecord(card, index);
        if ('reason' in result) malformed.push(result);
        else records.push(result);
      }
      card = null;
      continue;
    }
    if (!card) continue;
    const property = parseLine(line);
    if (property) card.push(property);
  }
  if (card) malformed.push({ sourceRow: index, reason: 'The card has no END:VCARD (the file is cut short)' });
  return { records, malformed };
}

function toRecord(props: Property[], sourceRow: number): ImportRecord | MalformedRow {
  const labels = new Map<string, string>();
  for (const p of props) if (p.name === 'X-ABLABEL' && p.group) labels.set(p.group, unescape(text(p)).replace(/^_\$!<(.*)>!\$_$/, '$1'));
  const record: ImportRecord = { name: '', company: '', emails: [], phones: [], role: '', address: '', stage: null, notes: '', importantDates: [], tags: [], sourceRow };
  const problems: string[] = [];
  for (const p of props) {
    const value = text(p);
    switch (p.name) {
      case 'FN':
        record.name = unescape(value);
        break;
      case 'N':
        if (!record.name) {
          const [family = '', given = '', additional = '', prefix = '', suffix = ''] = components(value);
          record.name = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
        }
        break;
      case 'ORG':
        record.company = components(value).filter(Boolean).join(', ');
        break;
      case 'TITLE':
      case 'ROLE':
        record.role ||= unescape(value);
        break;
      case 'EMAIL': {
        const email = unescape(value).replace(/^mailto:/i, '');
        if (looksLikeEmail(email)) record.emails.push(email);
        else problems.push(`“${email}” is not an email address`);
        break;
      }
      case 'TEL':
        record.phones.push(unescape(value).replace(/^tel:/i, ''));
        break;
      case 'ADR':
        record.address ||= components(value).filter(Boolean).join(', ');
        break;
      case 'BDAY': {
        const date = parseDate(value);
        if (date) record.importantDates.push({ label: 'Birthday', date });
        else problems.push(`“${value}” is not a date`);
        break;
      }
      case 'ANNIVERSARY': {
        const date = parseDate(value);
        if (date) record.importantDates.push({ label: 'Anniversary', date });
        break;
      }
      case 'NOTE':
        record.notes = [record.notes, unescape(value)].filter(Boolean).join('\n\n');
        break;
      case 'CATEGORIES':
        record.tags.push(...value.split(/(?<!\\),/).map((t) => unescape(t).trim()).filter(Boolean));
        break;
    }
    if (p.group && labels.has(p.group) && (p.name === 'EMAIL' || p.name === 'TEL')) {
      const label = labels.get(p.group)!;
      if (label && !record.tags.includes(label)) record.tags.push(label);
    }
  }
  record.emails = uniqueEmails(record.emails);
  record.phones = [...new Set(record.phones)];
  if (!record.name && !record.company && record.emails.length === 0) return { sourceRow, reason: 'No name, company or email' };
  if (problems.length > 0) return { sourceRow, reason: problems.join('; ') };
  if (!record.name) record.name = record.company || record.emails[0];
  return record;
}
