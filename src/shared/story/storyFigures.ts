import type { FollowUp, Sentiment } from '../model/schemas';
import { dayNumber, type IsoDate } from '../insights/calendar';
import { upcomingImportantDates, type UpcomingDate } from '../insights/brief';
import { followUpDue, type FollowUpDue } from '../insights/due';
import { quarterKey, shiftMonth, shiftQuarter, type StoryStyle } from './storyFormat';
import type { StoryInput } from './storyTypes';

/**
 * The figures of the story's first page and charts, computed from the customer's
 * own lists on the device, with the same definitions as Insights (facts.ts): a
 * purchase's amount counts towards value in the workspace currency, refunds
 * subtract, amounts in other currencies are left out; a touch is any interaction.
 */
export interface StoryFigures {
  /** Purchases ever (refunds are not purchases). */
  purchases: number;
  last12Months: { minor: number; purchases: number };
  daysSinceTouch: number;
  lastTouch: number | null;
  interactions90Days: number;
  nextDate: UpcomingDate | null;
  /** Open follow-ups, soonest due first (overdue ones lead), with their due status. */
  openFollowUps: (FollowUp & { status: FollowUpDue })[];
  valueByQuarter: { key: string; minor: number }[];
  cadenceByMonth: { key: string; count: number }[];
  sentimentByQuarter: ({ key: string } & Record<Sentiment, number>)[];
}

/** Quarters in the value and sentiment charts (two years), months in the cadence chart. */
export const CHART_QUARTERS = 8;
export const CHART_MONTHS = 12;

export function storyFigures(input: Pick<StoryInput, 'card' | 'interactions' | 'followUps' | 'profile'>, style: StoryStyle): StoryFigures {
  const { calendar, currency, today } = style;
  const todayDay = dayNumber(today);
  const thisQuarter = quarterKey(today);
  const thisMonth = today.slice(0, 7);
  // Two years of quarters, or fewer for a newer customer (never fewer than four).
  const since = quarterKey(calendar.dateOf(input.card.createdAt));
  let firstQuarter = shiftQuarter(thisQuarter, -(CHART_QUARTERS - 1));
  if (since > firstQuarter) firstQuarter = since < shiftQuarter(thisQuarter, -3) ? since : shiftQuarter(thisQuarter, -3);
  const quarters: string[] = [];
  for (let q = firstQuarter; q <= thisQuarter; q = shiftQuarter(q, 1)) quarters.push(q);
  const months: string[] = [];
  for (let i = CHART_MONTHS - 1; i >= 0; i--) months.push(shiftMonth(thisMonth, -i));

  const value = new Map(quarters.map((q) => [q, 0]));
  const sentiment = new Map(quarters.map((q) => [q, { positive: 0, neutral: 0, negative: 0 }]));
  const cadence = new Map(months.map((m) => [m, 0]));
  const last12Months = { minor: 0, purchases: 0 };
  let purchases = 0;
  let interactions90Days = 0;
  let lastTouch: number | null = null;
  for (const i of input.interactions) {
    if (lastTouch === null || i.at > lastTouch) lastTouch = i.at;
    const date: IsoDate = calendar.dateOf(i.at);
    const day = dayNumber(date);
    const quarter = quarterKey(date);
    const ago = todayDay - day;
    if (ago >= 0 && ago < 90) interactions90Days++;
    const month = date.slice(0, 7);
    if (cadence.has(month)) cadence.set(month, cadence.get(month)! + 1);
    const mix = sentiment.get(quarter);
    if (mix) mix[i.sentiment]++;
    if (i.kind !== 'purchase') continue;
    const minor = !i.amount ? 0 : i.amount.currency === currency ? i.amount.minor : null;
    const refund = (i.amount?.minor ?? 0) < 0;
    if (!refund) purchases++;
    if (minor !== null && value.has(quarter)) value.set(quarter, value.get(quarter)! + minor);
    if (ago >= 0 && ago < 365) {
      if (minor !== null) last12Months.minor += minor;
      if (!refund) last12Months.purchases++;
    }
  }
  const openFollowUps = input.followUps
    .filter((f) => !f.done)
    .map((f) => ({ ...f, status: followUpDue(f, today) }))
    .filter((f) => f.status.status !== 'invalid')
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1));
  const createdDay = calendar.dayOf(input.card.createdAt);
  return {
    purchases,
    last12Months,
    daysSinceTouch: Math.max(0, todayDay - (lastTouch === null ? createdDay : calendar.dayOf(lastTouch))),
    lastTouch,
    interactions90Days,
    nextDate: upcomingImportantDates(input.profile.importantDates, today, 366)[0] ?? null,
    openFollowUps,
    valueByQuarter: quarters.map((key) => ({ key, minor: value.get(key)! })),
    cadenceByMonth: months.map((key) => ({ key, count: cadence.get(key)! })),
    sentimentByQuarter: quarters.map((key) => ({ key, ...sentiment.get(key)! })),
  };
}
