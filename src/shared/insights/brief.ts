import type { FollowUp, ImportantDate, Interaction, Profile } from '../model/schemas';
import type { Stage } from '../stages';
import { dayNumber, isoFromDayNumber, type IsoDate } from './calendar';
import { followUpDue, type FollowUpDue } from './due';
import type { HealthReason } from './health';
import type { CustomerInput, CustomerSummary } from './summary';

/**
 * The before-the-call brief: what to know in the minute before talking to a
 * customer, all from data already loaded for the customer page.
 */

export interface UpcomingDate {
  label: string;
  /** The date as stored. */
  date: IsoDate;
  /** Its next occurrence on or after today. */
  next: IsoDate;
  daysAway: number;
  /** True when `next` is an anniversary of a past date (birthdays, first order). */
  recurring: boolean;
}

/**
 * Important dates falling within `withinDays` of today (inclusive), soonest first.
 * A date in the past counts as yearly (its anniversary): a birthday stored with the
 * birth year comes round every year; February 29 falls on February 28 in other years.
 * A future date (a contract end) counts once.
 */
export function upcomingImportantDates(dates: readonly ImportantDate[], today: IsoDate, withinDays = 30): UpcomingDate[] {
  const todayDay = dayNumber(today);
  const year = Number(today.slice(0, 4));
  const out: UpcomingDate[] = [];
  for (const d of dates) {
    const day = dayNumber(d.date);
    if (Number.isNaN(day)) continue;
    let next = d.date;
    let recurring = false;
    if (day < todayDay) {
      recurring = true;
      next = anniversary(d.date, year);
      if (dayNumber(next) < todayDay) next = anniversary(d.date, year + 1);
    }
    const daysAway = dayNumber(next) - todayDay;
    if (daysAway <= withinDays) out.push({ label: d.label, date: d.date, next, daysAway, recurring });
  }
  return out.sort((a, b) => a.daysAway - b.daysAway || a.label.localeCompare(b.label));
}

function anniversary(date: IsoDate, year: number): IsoDate {
  const md = date.slice(5);
  const candidate = `${String(year).padStart(4, '0')}-${md}`;
  // 02-29 in a year without it: Date.UTC rolls over to March 1, so use February 28.
  return isoFromDayNumber(dayNumber(candidate)).slice(5) === md ? candidate : `${String(year).padStart(4, '0')}-02-28`;
}

/**
 * One of the brief's next dates: an important date from the profile (a birthday
 * or first order comes round yearly, a labelled one-off date such as a renewal
 * counts once) or the next open follow-up, which may already be overdue.
 */
export type NextDate =
  | (UpcomingDate & { type: 'profile' })
  | { type: 'followUp'; label: string; next: IsoDate; daysAway: number; overdue: boolean };

/**
 * The profile's next important dates within a year (soonest first, at most
 * `limit`) and the next open follow-up, in date order: what to have in mind
 * for the call.
 */
export function nextDates(dates: readonly ImportantDate[], followUps: readonly FollowUp[], today: IsoDate, limit = 3): NextDate[] {
  const out: NextDate[] = upcomingImportantDates(dates, today, 366)
    .slice(0, limit)
    .map((d) => ({ ...d, type: 'profile' as const }));
  const next = followUps.filter((f) => !f.done && !Number.isNaN(dayNumber(f.due))).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))[0];
  if (next) {
    const daysAway = dayNumber(next.due) - dayNumber(today);
    out.push({ type: 'followUp', label: next.text, next: next.due, daysAway, overdue: daysAway < 0 });
  }
  return out.sort((a, b) => a.daysAway - b.daysAway);
}

export interface CallBrief {
  stage: Stage;
  daysInStage: number;
  /** Newest first. */
  lastInteractions: Interaction[];
  /** Open follow-ups, soonest due first, with their due status. */
  openFollowUps: (FollowUp & { due: IsoDate; status: FollowUpDue })[];
  preferences: string;
  likes: string;
  dislikes: string;
  /** The first phone number, to call from the brief; null when none is recorded. */
  phone: string | null;
  role: string;
  nextDates: NextDate[];
  health: { level: CustomerSummary['health']['level']; reasons: HealthReason[] };
}

export function callBrief(
  input: CustomerInput,
  profile: Pick<Profile, 'preferences' | 'likes' | 'dislikes' | 'importantDates' | 'phones' | 'role'>,
  summary: CustomerSummary,
  today: IsoDate,
  options: { interactions?: number; dates?: number } = {},
): CallBrief {
  const lastInteractions = [...input.interactions]
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
    .slice(0, options.interactions ?? 5);
  const openFollowUps = input.followUps
    .filter((f) => !f.done)
    .map((f) => ({ ...f, status: followUpDue(f, today) }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1));
  return {
    stage: input.card.stage,
    daysInStage: summary.daysInStage,
    lastInteractions,
    openFollowUps,
    preferences: profile.preferences,
    likes: profile.likes,
    dislikes: profile.dislikes,
    phone: profile.phones.find((p) => p.trim() !== '') ?? null,
    role: profile.role,
    nextDates: nextDates(profile.importantDates, input.followUps, today, options.dates ?? 3),
    health: summary.health,
  };
}
