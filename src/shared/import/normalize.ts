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
 * A calendar date from the formats exports use: 2024-03-05, 2024-03-05 10:00,
 * 05.03.2024 (day first), 3/5/2024 (month first, as US exports are), 5/3/2024
 * when the first number cannot be a month, --03-05 (vCard, no year). null when
 * it is not a date, so the row can say so.
 */
export type SlashOrder = 'mdy' | 'dmy';

export function parseDate(text: string, slashOrder: SlashOrder = 'mdy'): string | null {
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
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const dayFirst = a > 12 || (slashOrder === 'dmy' && b <= 12);
    return dayFirst ? valid(Number(m[3]), b, a) : valid(Number(m[3]), a, b);
  }
  return null;
}

/**
 * Which way round a column's slash dates are: day first when some value can only
 * be read so (31/12/2020), month first otherwise, as US exports write them.
 */
export function slashOrderOf(values: Iterable<string>): SlashOrder {
  for (const v of values) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(v);
    if (m && Number(m[1]) > 12) return 'dmy';
    if (m && Number(m[2]) > 12) return 'mdy';
  }
  return 'mdy';
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
