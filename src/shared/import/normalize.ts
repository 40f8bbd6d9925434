import type { Stage } from '../stages';

/**
 * Lifecycle and status values of other CRMs, onto our relationship path, in the
 * languages their exports come in (HubSpot's lifecycle stages, its internal
 * values, Pipedrive's default labels). Whole values only, after folding case,
 * accents and punctuation: "Kund" is a customer, and a word that only contains
 * one ("Kundtjänst") is not read as it. Subscriber, lead, MQL, SQL and
 * opportunity have not bought yet; customer has; evangelist recommends us.
 * An unknown value is reported, never guessed.
 */
const STAGE_VALUES: Record<Stage, string[]> = {
  prospect: [
    // en / HubSpot internal values
    'subscriber', 'lead', 'marketing qualified lead', 'marketingqualifiedlead', 'mql', 'sales qualified lead', 'salesqualifiedlead', 'sql', 'opportunity', 'other', 'prospect',
    'hot lead', 'warm lead', 'cold lead',
    // fr
    'abonne', 'lead qualifie marketing', 'lead qualifie par le marketing', 'lead qualifie vente', 'lead qualifie par les ventes', 'opportunite', 'autre', 'prospect chaud', 'prospect froid',
    // de
    'abonnent', 'marketingqualifizierter lead', 'marketing qualifizierter lead', 'vertriebsqualifizierter lead', 'verkaufschance', 'opportunity', 'sonstige', 'sonstiges', 'andere', 'interessent', 'heisser lead', 'kalter lead',
    // es
    'suscriptor', 'lead cualificado para marketing', 'lead calificado para marketing', 'lead cualificado para ventas', 'lead calificado para ventas', 'oportunidad', 'otro', 'lead caliente', 'lead frio',
    // sv
    'prenumerant', 'marknadsforingskvalificerad lead', 'marknadskvalificerad lead', 'saljkvalificerad lead', 'affarsmojlighet', 'annan', 'annat', 'het lead', 'kall lead',
    // nl
    'abonnee', 'marketing gekwalificeerde lead', 'marketinggekwalificeerde lead', 'sales gekwalificeerde lead', 'salesgekwalificeerde lead', 'verkoopkans', 'kans', 'overig', 'overige', 'andere', 'hete lead', 'koude lead',
    // pt
    'assinante', 'lead qualificado para marketing', 'lead qualificado de marketing', 'lead qualificado para vendas', 'lead qualificado de vendas', 'oportunidade', 'outro', 'lead quente', 'lead frio',
  ],
  first_purchase: ['customer', 'client', 'won', 'kunde', 'cliente', 'kund', 'klant', 'gagne', 'gewonnen', 'ganado', 'vunnen', 'vunnit', 'ganho'],
  repeat: ['repeat customer', 'returning customer', 'client fidele', 'stammkunde', 'cliente habitual', 'aterkommande kund', 'terugkerende klant', 'cliente recorrente'],
  loyalist: ['loyalist', 'loyal customer'],
  advocate: ['evangelist', 'advocate', 'promoter', 'evangeliste', 'ambassadeur', 'botschafter', 'evangelista', 'promotor', 'ambassador', 'ambassador'],
  at_risk: ['at risk', 'a risque', 'gefahrdet', 'en riesgo', 'i riskzonen', 'risico', 'em risco'],
  lost: ['churned', 'lost', 'perdu', 'verloren', 'perdido', 'forlorad', 'forlorat', 'verloren', 'perdida'],
};

const STAGE_BY_VALUE = new Map<string, Stage>();
for (const [stage, values] of Object.entries(STAGE_VALUES) as [Stage, string[]][]) for (const v of values) STAGE_BY_VALUE.set(v, stage);

/** Folds case, accents and punctuation so "Lead qualifié (vente)" and "lead qualifie vente" are one value. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The stage a CRM value means, or null when the value is none this app knows (the caller reports it). */
export function stageFromText(text: string): Stage | null {
  const t = foldText(text);
  if (!t) return null;
  return STAGE_BY_VALUE.get(t) ?? STAGE_BY_VALUE.get(t.replace(/ /g, '')) ?? null;
}

/** A phone number: digits with the usual separators, an extension at most. Text without digits is not one. */
export function looksLikePhone(text: string): boolean {
  const t = text.trim();
  return /^(?:tel:)?[+(]?[\d\s().\-/]{3,40}(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?$/i.test(t) && (t.match(/\d/g)?.length ?? 0) >= 3;
}

/** A web address as an http(s) URL ("www.example.com" gains https://), or null when it is not one. */
export function normalizeWebsite(text: string): string | null {
  const t = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(t) ? t : /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(t) ? `https://${t}` : null;
  if (!withScheme) return null;
  try {
    const url = new URL(withScheme);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') ? withScheme : null;
  } catch {
    return null;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * How slash dates (3/5/2024) are read: month first, as US exports write them,
 * or day first, as most of the world does.
 */
export type SlashOrder = 'mdy' | 'dmy';

const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;

/**
 * A calendar date from the formats exports use: 2024-03-05, 2024-03-05 10:00,
 * 05.03.2024 (day first), --03-05 (vCard, no year), and slash dates in
 * `slashOrder` (the column's, see slashReadingOf). Without an order a slash
 * date is read only when it reads one way alone (31/12/2020, 12/31/2020): 3/5/2024
 * could be March 5 or 3 May and is not guessed. null when it is not a date, so
 * the row can say so (see dateReason).
 */
export function parseDate(text: string, slashOrder?: SlashOrder): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^--(\d{2})-?(\d{2})$/.exec(t);
  // No year (vCard 4): a leap year placeholder keeps 02-29 valid; anniversaries ignore the year.
  if (m) return valid(1904, Number(m[1]), Number(m[2]));
  // 15-03-2021 (Dutch, Portuguese and others): day first.
  m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  const slash = slashParts(t);
  if (slash) {
    const order = slashOrder ?? onlyOrder(slash);
    if (!order) return null;
    return order === 'dmy' ? valid(slash.year, slash.b, slash.a) : valid(slash.year, slash.a, slash.b);
  }
  return null;
}

interface SlashParts {
  a: number;
  b: number;
  year: number;
}

function slashParts(text: string): SlashParts | null {
  const m = SLASH_DATE.exec(text.trim());
  return m ? { a: Number(m[1]), b: Number(m[2]), year: Number(m[3]) } : null;
}

/** The one order a slash date is a real date in, or null when it is one in both (3/5/2024) or in neither (13/14/2024, 2/30/2024). */
function onlyOrder({ a, b, year }: SlashParts): SlashOrder | null {
  const mdy = valid(year, a, b) !== null;
  const dmy = valid(year, b, a) !== null;
  return mdy === dmy ? null : mdy ? 'mdy' : 'dmy';
}

const ORDER_WORDS: Record<SlashOrder, string> = { mdy: 'month first', dmy: 'day first' };

/** Why a value of a date column is not read as a date, for the preview. */
export function dateReason(text: string, slashOrder?: SlashOrder): string {
  const slash = slashParts(text);
  if (!slash) return 'not a date';
  const only = onlyOrder(slash);
  if (slashOrder && only && only !== slashOrder) return `not a date when read ${ORDER_WORDS[slashOrder]}, as this column is (it is one only read ${ORDER_WORDS[only]})`;
  if (!slashOrder && !only && valid(slash.year, slash.a, slash.b)) return 'a date that reads either way (month or day first): not guessed';
  return 'not a date (neither month first nor day first)';
}

/**
 * How a column's slash dates are read, decided from all its values: the order
 * the user chose; else the one order some values can only be read in
 * (31/12/2020: day first); else, every value reading either way, month first,
 * as US exports write them. The preview says which, with an example, and lets
 * the user switch; values that do not fit the order are listed, never read the
 * other way. null when the column has no slash dates.
 */
export interface SlashReading {
  order: SlashOrder;
  /**
   * chosen: by the user; evidence: some values read only this way; default: every
   * value reads either way; conflict: some values read only month first and others
   * only day first (those that do not fit the order are listed).
   */
  basis: 'chosen' | 'evidence' | 'default' | 'conflict';
  /** The first value that reads either way ("3/5/2024"), or null when none does. */
  example: string | null;
  /** The first value that reads only in the order found, for the preview ("31/12/2020"), or null. */
  evidence: string | null;
  /** The first value that reads only the other way, when the values conflict. */
  against: string | null;
}

export function slashReadingOf(values: Iterable<string>, chosen?: SlashOrder): SlashReading | null {
  let example: string | null = null;
  const only: Record<SlashOrder, string | null> = { mdy: null, dmy: null };
  let any = false;
  for (const v of values) {
    const slash = slashParts(v);
    if (!slash) continue;
    any = true;
    const order = onlyOrder(slash);
    if (order) only[order] ??= v.trim();
    else if (example === null && valid(slash.year, slash.a, slash.b)) example = v.trim();
  }
  if (!any) return null;
  const conflict = only.mdy !== null && only.dmy !== null;
  const found: SlashOrder = !conflict && only.dmy !== null ? 'dmy' : 'mdy';
  const order = chosen ?? found;
  const other: SlashOrder = order === 'mdy' ? 'dmy' : 'mdy';
  const basis = chosen ? 'chosen' : conflict ? 'conflict' : only[found] !== null ? 'evidence' : 'default';
  return { order, basis, example, evidence: only[order], against: only[other] };
}

/** How the preview says a column's slash dates are read ("Dates like 3/5/2024 read as month first (March 5)"). */
export function describeSlashReading(reading: SlashReading, locale = 'en-US'): string {
  const words = ORDER_WORDS[reading.order];
  const parts: string[] = [];
  if (reading.example) {
    const date = parseDate(reading.example, reading.order);
    const shown = date ? new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)) : '';
    parts.push(`Dates like ${reading.example} read as ${words}${shown ? ` (${shown})` : ''}`);
  } else parts.push(`Dates read as ${words}`);
  if (reading.basis === 'chosen') parts.push('as you chose');
  else if (reading.basis === 'evidence' && reading.example) parts.push(`as ${reading.evidence} in this column can only be`);
  else if (reading.basis === 'default') parts.push('as US exports write them: choose Day first if they are not');
  if (reading.against) parts.push(`dates that read only ${ORDER_WORDS[reading.order === 'mdy' ? 'dmy' : 'mdy']} (${reading.against}) are listed`);
  return parts.join(', ');
}

/** Several values in one cell (emails, phones, labels): split on commas, semicolons, " ::: " (Google) or newlines. */
export function splitValues(text: string): string[] {
  return text
    .split(/\s*(?:,|;|:::|\n)\s*/)
    .map((v) => v.trim())
    .filter(Boolean);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

/** Emails without duplicates that differ only in case; the first spelling is kept. */
export function uniqueEmails(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  return emails.filter((e) => {
    const k = normalizeEmail(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
