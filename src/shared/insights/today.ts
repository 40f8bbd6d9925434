import { compareNames } from './order';
import type { CustomerCard } from '../model/workspaceDoc';
import { tierSchema, type FollowUp, type Tier } from '../model/schemas';
import { followUpDue } from './due';
import type { CustomerSummary } from './summary';
import type { IsoDate } from './calendar';

/**
 * The "Today" view: open follow-ups due today or overdue, and customers past their
 * contact cadence. Both lists: most valuable customer first (lifetime value), then
 * the most overdue, then by name; archived customers are left out, and Lost
 * customers never count as losing touch (their open follow-ups still show: a
 * promise is a promise).
 */

export interface TodayFollowUp {
  card: CustomerCard;
  summary: CustomerSummary;
  followUp: FollowUp;
  status: 'overdue' | 'today';
  daysOverdue: number;
}

export interface LosingTouch {
  card: CustomerCard;
  summary: CustomerSummary;
  cadenceDays: number;
  daysSinceTouch: number;
  daysPast: number;
}

export interface TodayData {
  today: IsoDate;
  followUps: TodayFollowUp[];
  losingTouch: LosingTouch[];
}

export interface TodayOptions {
  today: IsoDate;
  /** Only follow-ups assigned to this member, and only this owner's customers losing touch. */
  member?: string;
  /** Everyone's, with what is this member's (assigned to them, their customers) first. */
  mineFirst?: string;
}

export function todayData(
  cards: readonly CustomerCard[],
  followUpsById: ReadonlyMap<string, readonly FollowUp[]>,
  summaries: ReadonlyMap<string, CustomerSummary>,
  options: TodayOptions,
): TodayData {
  const followUps: TodayFollowUp[] = [];
  const losingTouch: LosingTouch[] = [];
  for (const card of cards) {
    if (card.archived) continue;
    const summary = summaries.get(card.id);
    if (!summary) continue;
    if (summary.followUps.overdue + summary.followUps.dueToday > 0) {
      for (const followUp of followUpsById.get(card.id) ?? []) {
        if (options.member !== undefined && followUp.assignee !== options.member) continue;
        const due = followUpDue(followUp, options.today);
        if (due.status === 'overdue' || due.status === 'today') {
          followUps.push({ card, summary, followUp, status: due.status, daysOverdue: due.daysOverdue });
        }
      }
    }
    const cadence = summary.cadence;
    if (cadence?.losingTouch && card.stage !== 'lost' && (options.member === undefined || card.owner === options.member)) {
      losingTouch.push({ card, summary, cadenceDays: cadence.cadenceDays, daysSinceTouch: cadence.daysSinceTouch, daysPast: cadence.daysPast });
    }
  }
  const mine = options.mineFirst;
  const followUpRank = (entry: TodayFollowUp) => (mine !== undefined && entry.followUp.assignee === mine ? 0 : 1);
  const ownerRank = (entry: LosingTouch) => (mine !== undefined && entry.card.owner === mine ? 0 : 1);
  followUps.sort((a, b) => followUpRank(a) - followUpRank(b) || b.summary.ltv - a.summary.ltv || b.daysOverdue - a.daysOverdue || compareNames(a.card.name, b.card.name) || (a.followUp.id < b.followUp.id ? -1 : 1));
  losingTouch.sort((a, b) => ownerRank(a) - ownerRank(b) || b.summary.ltv - a.summary.ltv || b.daysPast - a.daysPast || compareNames(a.card.name, b.card.name));
  return { today: options.today, followUps, losingTouch };
}

/** "A every 30 days, B 60, C 90" (tiers without a cadence: "none for C"). */
export function describeTierCadence(byTier: Record<Tier, number | null>): string {
  const set = tierSchema.options.filter((tier) => byTier[tier] !== null);
  const unset = tierSchema.options.filter((tier) => byTier[tier] === null);
  const parts = set.map((tier, i) => (i === 0 ? `${tier} every ${byTier[tier]} days` : `${tier} ${byTier[tier]}`));
  if (unset.length > 0) parts.push(`none for ${unset.join(', ')}`);
  return parts.join(', ');
}

/**
 * What the empty "Losing touch" list means, in words that are true: nobody to
 * watch, no cadence at all, nobody contacted yet (the clocks run from when each
 * customer was added), or everyone within their cadence.
 */
export function losingTouchEmptyText(
  cards: readonly CustomerCard[],
  summaries: ReadonlyMap<string, CustomerSummary>,
  cadenceByTier: Record<Tier, number | null>,
  member?: string,
): string {
  const watched = cards.filter((card) => !card.archived && card.stage !== 'lost' && (member === undefined || card.owner === member));
  if (watched.length === 0) return member === undefined ? 'No customers to keep in touch with yet.' : 'You own no customers that could lose touch.';
  const withCadence = watched.filter((card) => summaries.get(card.id)?.cadence);
  if (withCadence.length === 0) return 'No contact cadence is set: set one per tier in Settings → Relationship rules, or on a customer.';
  const rules = describeTierCadence(cadenceByTier);
  const whose = member === undefined ? 'Everyone' : 'All your customers';
  if (withCadence.every((card) => summaries.get(card.id)?.lastTouch === null)) {
    return `No one has been contacted yet; ${member === undefined ? 'every customer is' : 'all yours are'} within their cadence, counted from when they were added (${rules}).`;
  }
  return `${whose} ${member === undefined ? 'has' : 'have'} been contacted within their cadence (${rules}).`;
}
