import type { FollowUp } from '../model/schemas';
import { dayNumber, isoFromDayNumber, type IsoDate, type LocalCalendar } from './calendar';

/**
 * Follow-up due logic and contact cadence, in whole local calendar days.
 *
 * A follow-up's `due` is a calendar date in the user's zone: it is due all that
 * day and overdue from the next local midnight, whatever DST does in between.
 * "Today" is the local date of `now` in the user's zone (LocalCalendar).
 */

export type DueStatus = 'done' | 'overdue' | 'today' | 'upcoming' | 'invalid';

export interface FollowUpDue {
  status: DueStatus;
  /** today - due, in calendar days: 3 = overdue by 3 days, 0 = due today, -2 = due in 2 days. */
  daysOverdue: number;
}

export function followUpDue(followUp: Pick<FollowUp, 'due' | 'done'>, today: IsoDate): FollowUpDue {
  const due = dayNumber(followUp.due);
  if (Number.isNaN(due)) return { status: 'invalid', daysOverdue: 0 };
  const daysOverdue = dayNumber(today) - due;
  if (followUp.done) return { status: 'done', daysOverdue };
  return { status: daysOverdue > 0 ? 'overdue' : daysOverdue === 0 ? 'today' : 'upcoming', daysOverdue };
}

export interface FollowUpStats {
  open: number;
  overdue: number;
  dueToday: number;
  /** The most overdue open follow-up's days overdue (0 when none is overdue). */
  maxDaysOverdue: number;
  /** Earliest due date among open follow-ups. */
  nextDue: IsoDate | null;
}

export function followUpStats(followUps: readonly FollowUp[], today: IsoDate): FollowUpStats {
  const stats: FollowUpStats = { open: 0, overdue: 0, dueToday: 0, maxDaysOverdue: 0, nextDue: null };
  for (const f of followUps) {
    if (f.done) continue;
    const d = followUpDue(f, today);
    if (d.status === 'invalid') continue;
    stats.open++;
    if (stats.nextDue === null || f.due < stats.nextDue) stats.nextDue = f.due;
    if (d.status === 'today') stats.dueToday++;
    if (d.status === 'overdue') {
      stats.overdue++;
      stats.maxDaysOverdue = Math.max(stats.maxDaysOverdue, d.daysOverdue);
    }
  }
  return stats;
}

export interface CadenceStatus {
  cadenceDays: number;
  /** Calendar days since the last touch (or since the card was created, if never touched). */
  daysSinceTouch: number;
  /** Local date by which the next touch is due. */
  nextTouchDue: IsoDate;
  /** Days past the cadence (> 0: losing touch), negative while still within it. */
  daysPast: number;
  losingTouch: boolean;
}

/**
 * Where a customer stands against their contact cadence. The clock starts at the
 * last touch (latest interaction; logging one resets it) or, for a customer never
 * touched, at the card's creation. Touched on March 1 with a 30-day cadence: the
 * next touch is due March 31; on April 1 the customer is 1 day past.
 */
export function cadenceStatus(
  cadenceDays: number | null,
  lastTouchAt: number | null,
  createdAt: number,
  todayDay: number,
  calendar: LocalCalendar,
): CadenceStatus | null {
  if (cadenceDays === null || cadenceDays <= 0) return null;
  const fromDay = calendar.dayOf(lastTouchAt ?? createdAt);
  const daysSinceTouch = Math.max(0, todayDay - fromDay);
  const daysPast = daysSinceTouch - cadenceDays;
  const nextTouchDue = isoFromDayNumber(fromDay + cadenceDays);
  return { cadenceDays, daysSinceTouch, nextTouchDue, daysPast, losingTouch: daysPast > 0 };
}
