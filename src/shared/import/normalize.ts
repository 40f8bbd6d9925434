import type { Stage } from '../stages';

/**
 * Lifecycle and status words of other CRMs, onto our relationship path.
 * HubSpot: subscriber, lead, MQL, SQL, opportunity are not buyers yet; customer
 * has bought; evangelist recommends us. Unknown words leave the stage unset.
 */
const STAGE_WORDS: [RegExp, Stage][] = [
  [/evangelist|advocate|promoter|botschafter|ambassad/, 'advocate'],
  [/loyal/, 'loyalist'],
  [/repeat|returning|wiederkehr/, 'repeat'],
  [/customer|client|kunde|cliente|won/, 'first_purchase'],
  [/churn|lost|verloren|perdu|perdido/, 'lost'],
  [/at.?risk|risk/, 'at_risk'],
  [/subscriber|lead|marketing|sales|mql|sql|opportunit|prospect|interessent|abonn|suscript|oportunidad|other/, 'prospect'],
];

export function stageFromText(text: string): Stage | null {
  const t = text.toLowerCase().trim();
  if (!t) return null;
  for (const [pattern, stage] of STAGE_WORDS) if (pattern.test(t)) return stage;
  return null;
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
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^--(\d{2})-?(\d{2})$/.exec(t);
  // No year (vCard 4): a leap year placeholder keeps 02-29 valid; anniversaries ignore the year.
  if (m) return valid(1904, Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? valid(Number(m[3]), b, a) : valid(Number(m[3]), a, b);
  }
  return null;
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
