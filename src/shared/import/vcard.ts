import { emptyRecord, type ImportRecord, type MalformedRow } from './types';
import { dateReason, looksLikeEmail, looksLikePhone, normalizeWebsite, parseDate } from './normalize';
import { finishRecord } from './records';

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
    else if (last >= 0 && /QUOTED-PRINTABLE/i.test(lines[last].split(':')[0]) && lines[last].endsWith('=')) lines[last] = lines[last].slice(0, -1) + line;
    else lines.push(line);
  }
  return lines.filter((l) => l.trim() !== '');
}

const BARE_ENCODINGS = new Set(['quoted-printable', 'base64', 'b', '8bit', '7bit']);

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
    // vCard 2.1 allows bare parameters: TEL;WORK;VOICE:..., NOTE;QUOTED-PRINTABLE:...
    const bare = eq < 0 ? part.toLowerCase() : '';
    const key = eq >= 0 ? part.slice(0, eq).toUpperCase() : BARE_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE';
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
  return decodeBytes(bytes, charset);
}

/** Text sent as base64 (ENCODING=b in 3.0, BASE64 in 2.1), in its charset. Binary values (photos) are never read as text. */
function decodeBase64(value: string, charset: string): string {
  try {
    const binary = atob(value.replace(/\s+/g, ''));
    return decodeBytes(Array.from(binary, (c) => c.charCodeAt(0)), charset);
  } catch {
    return value;
  }
}

function decodeBytes(bytes: number[], charset: string): string {
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
  const charset = p.params.CHARSET?.[0] ?? 'utf-8';
  const raw =
    encoding === 'quoted-printable' ? decodeQuotedPrintable(p.value, charset) : encoding === 'b' || encoding === 'base64' ? decodeBase64(p.value, charset) : p.value;
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

/** Apple writes a date without a year as year 1604 (X-APPLE-OMIT-YEAR); ours is 1904, a leap year too. */
function vcardDate(p: Property, value: string): string | null {
  const omit = p.params['X-APPLE-OMIT-YEAR']?.[0];
  const date = parseDate(value.replace(/^(\d{8})T.*$/, '$1'));
  if (date && omit && date.startsWith(`${omit}-`)) return `1904${date.slice(4)}`;
  return date;
}

function toRecord(props: Property[], sourceRow: number): ImportRecord | MalformedRow {
  const labels = new Map<string, string>();
  for (const p of props) if (p.name === 'X-ABLABEL' && p.group) labels.set(p.group, unescape(text(p)).replace(/^_\$!<(.*)>!\$_$/, '$1'));
  const record = emptyRecord(sourceRow);
  const notes: string[] = [];
  const column = (p: Property) => (p.group ? `${p.group}.${p.name}` : p.name) + (p.group && labels.get(p.group) ? ` (${labels.get(p.group)})` : '');
  const problem = (p: Property, raw: string, reason: string) => record.problems.push({ sourceRow, column: column(p), raw, reason });
  const addDate = (p: Property, value: string, label: string) => {
    const date = vcardDate(p, value);
    if (date) record.importantDates.push({ label: label.slice(0, 200), date });
    else problem(p, value, dateReason(value));
  };
  for (const p of props) {
    const value = text(p);
    const label = p.group ? labels.get(p.group) : undefined;
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
        else problem(p, email, 'not an email address');
        break;
      }
      case 'TEL': {
        const phone = unescape(value).replace(/^tel:/i, '');
        if (looksLikePhone(phone)) record.phones.push(phone);
        else problem(p, phone, 'not a phone number');
        break;
      }
      case 'ADR':
        record.address ||= components(value).filter(Boolean).join(', ');
        break;
      case 'URL': {
        const url = unescape(value);
        const site = normalizeWebsite(url);
        if (site) record.websites.push(site);
        else problem(p, url, 'not a web address');
        break;
      }
      case 'BDAY':
        addDate(p, value, 'Birthday');
        break;
      case 'ANNIVERSARY':
      case 'X-ANNIVERSARY':
        addDate(p, value, label ?? 'Anniversary');
        break;
      case 'X-ABDATE':
        addDate(p, value, label ?? 'Date');
        break;
      case 'NOTE':
        notes.push(unescape(value));
        break;
      case 'CATEGORIES':
        record.tags.push(...value.split(/(?<!\\),/).map((t) => unescape(t).trim()).filter(Boolean));
        break;
    }
    if (label && (p.name === 'EMAIL' || p.name === 'TEL') && !record.tags.includes(label)) record.tags.push(label);
  }
  finishRecord(record, notes);
  if (!record.name && !record.company && record.emails.length === 0) return { sourceRow, reason: 'No name, company or email' };
  if (!record.name) record.name = record.company || record.emails[0];
  return record;
}
