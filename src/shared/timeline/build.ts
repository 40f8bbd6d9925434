import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp, Interaction } from '../model/schemas';
import { calendarFor } from '../insights/calendar';
import { customerEvents, type TimelineEvent } from './timelineEvents';
import { TimelineIndex } from './timelineIndex';

export interface TimelineSource {
  card: CustomerCard;
  interactions: readonly Interaction[];
  followUps: readonly FollowUp[];
}

/** One customer's events with days in the user's zone: feed to TimelineIndex.setCustomer. */
export function eventsForCustomer(source: TimelineSource, timeZone: string): TimelineEvent[] {
  return customerEvents(source.card, source.interactions, source.followUps, calendarFor(timeZone));
}

/** The workspace timeline, sorted once. Rebuild when the user's time zone changes. */
export function buildTimeline(sources: Iterable<TimelineSource>, timeZone: string): TimelineIndex {
  const calendar = calendarFor(timeZone);
  const all: TimelineEvent[] = [];
  for (const s of sources) for (const e of customerEvents(s.card, s.interactions, s.followUps, calendar)) all.push(e);
  return new TimelineIndex(all);
}
