import { compareNames } from './order';
import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp } from '../model/schemas';
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
