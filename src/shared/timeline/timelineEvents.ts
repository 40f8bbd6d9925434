import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp, Interaction, InteractionKind, Sentiment } from '../model/schemas';
import type { Stage } from '../stages';
import { addDays, type IsoDate, type LocalCalendar } from '../insights/calendar';

/**
 * Timeline events: every interaction, stage change and follow-up of a customer, as
 * one flat, immutable record each. Built per customer (from the card and the
 * customer doc's lists) so one customer's events can be replaced on their own.
 */

export type TimelineEventType = 'interaction' | 'stage' | 'followUp';
/** What the kind filter offers: each interaction kind, plus stage changes and follow-ups. */
export type TimelineKind = InteractionKind | 'stage' | 'followUp';

interface EventBase {
  /** Unique in the workspace: `${customerId}:i:${interactionId}`, `:s:`, `:f:`. */
  id: string;
  customerId: string;
  /** The instant that orders the event (see followUpEvent for follow-ups). */
  at: number;
  /** Local calendar day the event is grouped under. */
  day: IsoDate;
  kind: TimelineKind;
  /** The customer's owner (card), for the owner filter. */
  owner: string;
  /** Who did it: interaction author, who moved the stage, follow-up assignee. */
  actor: string;
  sentiment: Sentiment | null;
}

export interface InteractionEvent extends EventBase {
  type: 'interaction';
  kind: InteractionKind;
  interaction: Interaction;
}

export interface StageEvent extends EventBase {
  type: 'stage';
  kind: 'stage';
  /** null for the first entry (the customer was created in `to`). */
  fromStage: Stage | null;
  toStage: Stage;
  /** Why, when the mover said (At risk, Lost). */
  reason?: string;
}

export interface FollowUpEvent extends EventBase {
  type: 'followUp';
  kind: 'followUp';
  followUp: FollowUp;
}

export type TimelineEvent = InteractionEvent | StageEvent | FollowUpEvent;

export function interactionEvent(card: Pick<CustomerCard, 'id' | 'owner'>, interaction: Interaction, calendar: LocalCalendar): InteractionEvent {
  return {
    id: `${card.id}:i:${interaction.id}`,
    customerId: card.id,
    type: 'interaction',
    kind: interaction.kind,
    at: interaction.at,
    day: calendar.dateOf(interaction.at),
    owner: card.owner,
    actor: interaction.author,
    sentiment: interaction.sentiment,
    interaction,
  };
}

/**
 * A follow-up has a due date, not an instant: it sits on its due day, ordered at the
 * last instant of that local day, so newest first puts it at the top of its day.
 */
export function followUpEvent(card: Pick<CustomerCard, 'id' | 'owner'>, followUp: FollowUp, calendar: LocalCalendar): FollowUpEvent {
  return {
    id: `${card.id}:f:${followUp.id}`,
    customerId: card.id,
    type: 'followUp',
    kind: 'followUp',
    at: calendar.startOf(addDays(followUp.due, 1)) - 1,
    day: followUp.due,
    owner: card.owner,
    actor: followUp.assignee,
    sentiment: null,
    followUp,
  };
}

/** One event per entry of the card's stage history (sorted oldest first, as readCard gives it). */
export function stageEvents(card: Pick<CustomerCard, 'id' | 'owner' | 'stageHistory'>, calendar: LocalCalendar): StageEvent[] {
  return card.stageHistory.map((entry, index) => ({
    id: `${card.id}:s:${index}:${entry.at}`,
    customerId: card.id,
    type: 'stage',
    kind: 'stage',
    at: entry.at,
    day: calendar.dateOf(entry.at),
    owner: card.owner,
    actor: entry.by,
    sentiment: null,
    fromStage: index === 0 ? null : card.stageHistory[index - 1].stage,
    toStage: entry.stage,
    ...(entry.reason ? { reason: entry.reason } : {}),
  }));
}

/** Every event of one customer, unsorted (the index sorts). */
export function customerEvents(
  card: Pick<CustomerCard, 'id' | 'owner' | 'stageHistory'>,
  interactions: readonly Interaction[],
  followUps: readonly FollowUp[],
  calendar: LocalCalendar,
): TimelineEvent[] {
  const out: TimelineEvent[] = stageEvents(card, calendar);
  for (const i of interactions) out.push(interactionEvent(card, i, calendar));
  for (const f of followUps) out.push(followUpEvent(card, f, calendar));
  return out;
}

/** Timeline order: newest first; equal instants by id, so the order is total and stable. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
