import type { ReactNode } from 'react';
import type { IsoDate } from '../../shared/insights/calendar';
import type { Interaction } from '../../shared/model/schemas';
import { STAGE_LABELS } from '../../shared/stages';
import type { TimelineEvent } from '../../shared/timeline/timelineEvents';
import { routeHref } from '../app/router';
import { KIND_LABELS, SENTIMENT_ICONS, SENTIMENT_LABELS } from '../interactions/labels';
import { useFormats, type Formats } from '../format/useFormats';
import { PersonName } from '../people/PersonName';

export interface EventRowProps {
  event: TimelineEvent;
  /** Shown as a link to the customer (workspace timeline); left out on a customer's own timeline. */
  customerName?: string;
  /**
   * For interactions built from digests (no summary, no author): the full interaction
   * once loaded, 'loading' before, null when it could not be read. Absent: the event's own.
   */
  detail?: Interaction | null | 'loading';
  /** Today's local date, to mark open follow-ups past due. */
  today?: IsoDate;
  /** Controls for the row (a customer's own timeline: edit and delete an interaction). */
  actions?: ReactNode;
}

/** One event of a timeline: an interaction, a stage move or a follow-up. */
export function EventRow({ event, customerName, detail, today, actions }: EventRowProps) {
  const formats = useFormats();
  return (
    <div className={`event event-${event.type}`} data-kind={event.kind}>
      <EventTime event={event} formats={formats} />
      {customerName !== undefined && (
        <a className="event-customer" href={routeHref({ view: 'customer', id: event.customerId })}>
          {customerName || '(no name)'}
        </a>
      )}
      {event.type === 'interaction' && <InteractionBody interaction={detail === undefined ? event.interaction : detail} event={event} formats={formats} />}
      {event.type === 'stage' && (
        <>
          <span className="event-kind">Stage change</span>
          <span className="event-text">
            {event.fromStage ? `${STAGE_LABELS[event.fromStage]} → ${STAGE_LABELS[event.toStage]}` : `Created in ${STAGE_LABELS[event.toStage]}`}
          </span>
          <span className="event-by muted small">
            {event.actor && (
              <>
                by <PersonName value={event.actor} />
              </>
            )}
            {event.reason && <span className="event-reason">: “{event.reason}”</span>}
          </span>
        </>
      )}
      {event.type === 'followUp' && (
        <>
          <span className="event-kind">Follow-up</span>
          <span className="event-text">{event.followUp.text}</span>
          <span className="event-by muted small">
            {event.followUp.done ? (
              <span className="badge">Done</span>
            ) : today && event.followUp.due < today ? (
              <span className="badge overdue">Overdue</span>
            ) : (
              <span className="badge">Open</span>
            )}
            {event.followUp.assignee && (
              <>
                {' '}
                for <PersonName value={event.followUp.assignee} />
              </>
            )}
          </span>
        </>
      )}
      {actions && <span className="event-actions">{actions}</span>}
    </div>
  );
}

/** The row's time of day (rows are grouped under their date): none for an interaction logged without one. */
function EventTime({ event, formats }: { event: TimelineEvent; formats: Formats }) {
  if (event.type === 'followUp')
    return (
      <time className="event-time muted small" dateTime={event.day}>
        Due
      </time>
    );
  if (event.type === 'interaction') {
    const when = event.interaction.when;
    const time = formats.eventTime(when);
    return (
      <time className="event-time muted small" dateTime={formats.eventAttribute(when)}>
        {time ?? ''}
      </time>
    );
  }
  return (
    <time className="event-time muted small" dateTime={new Date(event.at).toISOString()}>
      {formats.eventTime({ kind: 'dateTime', instant: event.at })}
    </time>
  );
}

function InteractionBody({ event, interaction, formats }: { event: Extract<TimelineEvent, { type: 'interaction' }>; interaction: Interaction | null | 'loading'; formats: Formats }) {
  const sentiment = event.interaction.sentiment;
  return (
    <>
      <span className="event-kind">{KIND_LABELS[event.kind]}</span>
      <span className={`event-sentiment sentiment-${sentiment}`}>
        <span aria-hidden="true">{SENTIMENT_ICONS[sentiment]}</span> {SENTIMENT_LABELS[sentiment]}
      </span>
      {interaction === 'loading' ? (
        <span className="event-text event-pending" aria-busy="true">
          <span className="skeleton" aria-hidden="true" />
          <span className="visually-hidden">Loading summary</span>
        </span>
      ) : interaction === null ? (
        <span className="event-text muted">(summary could not be read)</span>
      ) : (
        <span className="event-text" title={interaction.summary}>
          {interaction.summary || <span className="muted">(no summary)</span>}
        </span>
      )}
      <span className="event-by muted small">
        {event.interaction.amount && <span className="event-amount">{formats.money(event.interaction.amount)}</span>}
        {interaction && interaction !== 'loading' && interaction.author && (
          <>
            {' '}
            by <PersonName value={interaction.author} />
          </>
        )}
      </span>
    </>
  );
}
