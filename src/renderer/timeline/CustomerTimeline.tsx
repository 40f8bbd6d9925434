import { useMemo, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { calendarFor } from '../../shared/insights/calendar';
import { followUpsMap, interactionsMap, readFollowUps, readInteractions } from '../../shared/model/customerDoc';
import type { Interaction } from '../../shared/model/schemas';
import { compareEvents, customerEvents, type TimelineEvent } from '../../shared/timeline/timelineEvents';
import { groupByDay } from '../../shared/timeline/timelineIndex';
import { TIME_ZONE, useNow } from '../insights/useInsights';
import { useCard, useYValue } from '../workspace/SessionContext';
import { dayLabel } from './dayLabel';
import { useFormats } from '../format/useFormats';
import { EventRow } from './EventRow';
import { CustomerTimelineFilter, showsEvent, type TimelineShow } from './CustomerTimelineFilter';
import './timeline.css';

const PAGE = 100;
const types = (doc: Y.Doc) => [interactionsMap(doc), followUpsMap(doc)];
const read = (doc: Y.Doc) => {
  const interactions = readInteractions(doc, TIME_ZONE);
  const followUps = readFollowUps(doc);
  return { interactions: interactions.items, followUps: followUps.items, invalid: interactions.invalid.length + followUps.invalid.length };
};

export interface CustomerTimelineProps {
  customerId: string;
  doc: Y.Doc;
  /** Controls on each interaction's row (edit, delete). */
  interactionActions?: (interaction: Interaction) => ReactNode;
  /** Shown at the top, beside the filter (notices about entries that could not be read). */
  children?: ReactNode;
}

/**
 * One customer's story so far, the page's one record of what happened, from the
 * live doc and the card's stage history: interactions (each with its controls),
 * stage changes and follow-ups, newest first, grouped by local day, filtered by
 * kind. Long histories show the newest events first and more on request.
 */
export function CustomerTimeline({ customerId, doc, interactionActions, children }: CustomerTimelineProps) {
  const card = useCard(customerId);
  const live = useYValue(doc, types, read);
  const now = useNow();
  const formats = useFormats();
  const [shown, setShown] = useState(PAGE);
  const [show, setShow] = useState<TimelineShow>('');
  const all = useMemo(() => {
    // A card not (yet) in the directory still shows the doc's own events.
    const who = card ?? { id: customerId, owner: '', stageHistory: [] };
    return customerEvents(who, live.interactions, live.followUps, calendarFor(TIME_ZONE)).sort(compareEvents);
  }, [card, customerId, live]);
  const events = useMemo(() => all.filter((e) => showsEvent(show, e)), [all, show]);
  const groups = useMemo(() => groupByDay(events.slice(0, shown)), [events, shown]);
  const today = calendarFor(TIME_ZONE).dateOf(now);
  const actionsOf = (event: TimelineEvent) => (event.type === 'interaction' && interactionActions ? interactionActions(event.interaction) : undefined);

  return (
    <section className="panel customer-timeline" aria-label="Customer timeline">
      <div className="panel-head">
        <h2>Timeline</h2>
        <CustomerTimelineFilter value={show} onChange={setShow} />
      </div>
      {children}
      {all.length === 0 && <p className="empty small">Nothing yet: log an interaction; stage changes and follow-ups appear here too.</p>}
      {all.length > 0 && events.length === 0 && <p className="empty small">Nothing of this kind yet.</p>}
      <ol className="timeline-days">
        {groups.map((group) => (
          <li key={group.day}>
            <h3 className="timeline-day">{dayLabel(group.day, now, TIME_ZONE, formats.locale)}</h3>
            <ol className="timeline-events">
              {group.events.map((event) => (
                <li key={event.id}>
                  <EventRow event={event} today={today} actions={actionsOf(event)} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {events.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show older ({events.length - shown} more)
        </button>
      )}
      {live.invalid > 0 && <p className="small muted">{live.invalid} entries could not be read and are not shown here.</p>}
    </section>
  );
}
