import type { TimelineEvent } from '../../shared/timeline/timelineEvents';
import { STAGE_LABELS } from '../../shared/stages';
import { KIND_LABELS, SENTIMENT_ICONS, SENTIMENT_LABELS, money } from '../interactions/labels';
import { routeHref } from '../app/router';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** One event of a timeline: an interaction, a stage move or a follow-up. */
export function EventRow(props: { event: TimelineEvent; customerName?: string; summary?: string }) {
  const { event } = props;
  return (
    <div className={`event event-${event.type}${event.sentiment ? ` sentiment-${event.sentiment}` : ''}`} data-kind={event.kind}>
      <time className="muted small" dateTime={new Date(event.at).toISOString()}>
        {event.type === 'followUp' ? 'due' : time.format(event.at)}
      </time>
      {props.customerName !== undefined && (
        <a className="event-customer" href={routeHref({ view: 'customer', id: event.customerId })}>
          {props.customerName || '(no name)'}
        </a>
      )}
      {event.type === 'interaction' && (
        <>
          <span className="sentiment" aria-label={event.sentiment ? SENTIMENT_LABELS[event.sentiment] : undefined}>
            {event.sentiment ? SENTIMENT_ICONS[event.sentiment] : ''}
          </span>
          <strong>{KIND_LABELS[event.kind]}</strong>
          <span className="event-text">{props.summary ?? event.interaction.summary}</span>
          {event.interaction.amount != null && <span className="amount">{money.format(event.interaction.amount)}</span>}
        </>
      )}
      {event.type === 'stage' && (
        <span className="event-text">
          <strong>Stage</strong> {event.fromStage ? `${STAGE_LABELS[event.fromStage]} → ` : 'created in '}
          {STAGE_LABELS[event.toStage]} <span className="muted">by {event.actor || 'unknown'}</span>
        </span>
      )}
      {event.type === 'followUp' && (
        <span className="event-text">
          <strong>Follow-up</strong> {event.followUp.text} {event.followUp.done && <span className="badge">done</span>}
        </span>
      )}
    </div>
  );
}
