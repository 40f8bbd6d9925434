import type { CustomerCard } from '../model/workspaceDoc';
import type { Interaction, Tier } from '../model/schemas';
import { calendarFor, dayNumber, isoFromDayNumber, monthKey, weekStart, type IsoDate } from './calendar';
import type { Period } from './funnel';
import type { CustomerSummary } from './summary';

export interface TierShare {
  tier: Tier;
  customers: number;
  totalValue: number;
  /** Share of the workspace's total value, 0..1 (0 when there is no value at all). */
  valueShare: number;
}

/** Value distribution by effective tier (overrides applied), non-archived customers. */
export function valueByTier(cards: readonly CustomerCard[], summaries: ReadonlyMap<string, CustomerSummary>): TierShare[] {
  const rows: Record<Tier, TierShare> = {
    A: { tier: 'A', customers: 0, totalValue: 0, valueShare: 0 },
    B: { tier: 'B', customers: 0, totalValue: 0, valueShare: 0 },
    C: { tier: 'C', customers: 0, totalValue: 0, valueShare: 0 },
  };
  let total = 0;
  for (const card of cards) {
    const s = summaries.get(card.id);
    if (!s || card.archived) continue;
    rows[s.tier].customers++;
    rows[s.tier].totalValue += s.ltv;
    total += s.ltv;
  }
  const out = [rows.A, rows.B, rows.C];
  for (const row of out) row.valueShare = total > 0 ? row.totalValue / total : 0;
  return out;
}

export type Bucket = 'week' | 'month';

export interface SentimentBucket {
  /** 'YYYY-MM-DD' (the Monday) for weeks, 'YYYY-MM' for months. */
  key: string;
  /** First local date of the bucket. */
  start: IsoDate;
  positive: number;
  neutral: number;
  negative: number;
  total: number;
  /** (positive - negative) / total, -1..1; 0 for an empty bucket. */
  net: number;
}

function bucketStart(date: IsoDate, bucket: Bucket): IsoDate {
  return bucket === 'week' ? weekStart(date) : `${monthKey(date)}-01`;
}

function nextBucket(start: IsoDate, bucket: Bucket): IsoDate {
  if (bucket === 'week') return isoFromDayNumber(dayNumber(start) + 7);
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * Interactions per sentiment per local week (ISO, Monday first) or month. Buckets
 * are contiguous (empty ones included, so a chart's axis is honest) from the
 * period's start, or the first interaction, to the period's end, or the last one.
 */
export function sentimentOverTime(
  interactions: Iterable<Pick<Interaction, 'at' | 'sentiment'>>,
  options: { bucket: Bucket; timeZone: string; period?: Period },
): SentimentBucket[] {
  const calendar = calendarFor(options.timeZone);
  const counts = new Map<string, SentimentBucket>();
  // 100,000 interactions fall on a few hundred days: resolve each day's bucket once.
  const bucketOfDay = new Map<number, SentimentBucket>();
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  for (const i of interactions) {
    if (options.period && (i.at < options.period.from || i.at > options.period.to)) continue;
    const day = calendar.dayOf(i.at);
    let b = bucketOfDay.get(day);
    if (!b) {
      const start = bucketStart(isoFromDayNumber(day), options.bucket);
      b = counts.get(start);
      if (!b) counts.set(start, (b = emptyBucket(start, options.bucket)));
      bucketOfDay.set(day, b);
      if (first === null || start < first) first = start;
      if (last === null || start > last) last = start;
    }
    b[i.sentiment]++;
    b.total++;
  }
  if (options.period) {
    first = bucketStart(calendar.dateOf(options.period.from), options.bucket);
    last = bucketStart(calendar.dateOf(options.period.to), options.bucket);
  }
  if (first === null || last === null) return [];
  const out: SentimentBucket[] = [];
  for (let start = first; start <= last; start = nextBucket(start, options.bucket)) {
    const b = counts.get(start) ?? emptyBucket(start, options.bucket);
    b.net = b.total === 0 ? 0 : (b.positive - b.negative) / b.total;
    out.push(b);
  }
  return out;
}

function emptyBucket(start: IsoDate, bucket: Bucket): SentimentBucket {
  return { key: bucket === 'week' ? start : monthKey(start), start, positive: 0, neutral: 0, negative: 0, total: 0, net: 0 };
}
