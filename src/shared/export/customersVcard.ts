import type { ExportCustomer } from './customersCsv';
import { WEBSITE_FIELD } from '../import/merge';

/**
 * The customer list as vCard 4.0 (RFC 6350): one card per customer with what the
 * device holds of its contact details, for address books and other CRMs. Text is
 * escaped (backslash, comma, semicolon, newline: §3.4) and lines folded at 75 octets
 * without splitting a character (§3.2), so a name can never add a property.
 *
 * Important dates: a birthday is BDAY, an anniversary ANNIVERSARY, any other labelled
 * date Apple's grouped X-ABDATE with X-ABLabel, which Apple Contacts and Rapport's own
 * import read back with the label.
 */
export function customersToVcard(customers: readonly ExportCustomer[], context: { personName: (value: string) => string }): string {
  return customers.map((customer) => vcardOf(customer, context)).join('');
}

function vcardOf({ card, profile }: ExportCustomer, context: { personName: (value: string) => string }): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0', `UID:urn:rapport:customer:${escapeText(card.id)}`, `FN:${escapeText(card.name || card.company || 'Unnamed')}`];
  if (card.company) lines.push(`ORG:${escapeText(card.company)}`);
  if (profile?.role) lines.push(`TITLE:${escapeText(profile.role)}`);
  for (const email of profile?.emails ?? []) lines.push(`EMAIL:${escapeText(email)}`);
  // Free-form numbers as typed: TEL's default value type in 4.0 is a URI.
  for (const phone of profile?.phones ?? []) lines.push(`TEL;VALUE=text:${escapeText(phone)}`);
  if (profile?.address) lines.push(`ADR:;;${escapeText(profile.address)};;;;`);
  const website = profile?.customFields?.[WEBSITE_FIELD];
  if (typeof website === 'string') for (const url of website.split(/,\s*/).filter(Boolean)) lines.push(`URL:${escapeText(url)}`);
  let group = 0;
  for (const { label, date } of profile?.importantDates ?? []) {
    if (/^birthday$/i.test(label)) lines.push(`BDAY:${date.replace(/-/g, '')}`);
    else if (/^anniversary$/i.test(label)) lines.push(`ANNIVERSARY:${date.replace(/-/g, '')}`);
    else {
      group++;
      lines.push(`item${group}.X-ABDATE:${date}`, `item${group}.X-ABLabel:${escapeText(label)}`);
    }
  }
  if (card.tags.length) lines.push(`CATEGORIES:${card.tags.map(escapeText).join(',')}`);
  if (card.owner) lines.push(`X-RAPPORT-OWNER:${escapeText(context.personName(card.owner))}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** RFC 6350 §3.4: a text value with its special characters escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 character (continuation lines start with a space). */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
