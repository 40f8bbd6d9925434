import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { calendarFor } from '../../shared/insights/calendar';
import { followUpsMap, interactionsMap, readFollowUps, readInteractions } from '../../shared/model/customerDoc';
import { compareEvents, customerEvents } from '../../shared/timeline/timelineEvents';
import { groupByDay } from '../../shared/timeline/timelineIndex';
import { TIME_ZONE, useNow } from '../insights/useInsights';
import { useCard, useYValue } from '../workspace/SessionContext';
import { dayLabel } from './dayLabel';
import { useFormats } from '../format/useFormats';
import { EventRow } from './EventRow';
import './timeline.css';

const PAGE = 100;
const types = (doc: Y.Doc) => [interactionsMap(doc), followUpsMap(doc)];
const read = (doc: Y.Doc) => {
  const interactions = readInteractions(doc, TIME_ZONE);
  const followUps = readFollowUps(doc);
  return { interactions: interactions.items, followUps: followUps.items, invalid: interactions.invalid.length + followUps.invalid.length };
};

/**
 * One customer's story so far, from the live doc and the card's stage history:
 * interactions, stage changes and follow-ups, newest first, grouped by local day.
 * Long histories show the newest events first and more on request.
 */
export function CustomerTimeline({ customerId, doc }: { customerId: string; doc: Y.Doc }) {
  const card = useCard(customerId);
  const live = useYValue(doc, types, read);
  const now = useNow();
  const formats = useFormats();
  const [shown, setShown] = useState(PAGE);
  const events = useMemo(() => {
    // A card not (yet) in the directory still shows the doc's own events.
    const who = card ?? { id: customerId, owner: '', stageHistory: [] };
    return customerEvents(who, live.interactions, live.followUps, calendarFor(TIME_ZONE)).sort(compareEvents);
  }, [card, customerId, live]);
  const groups = useMemo(() => groupByDay(events.slice(0, shown)), [events, shown]);
  const today = calendarFor(TIME_ZONE).dateOf(now);

  return (
    <section className="panel customer-timeline" aria-label="Customer timeline">
      <h2>Timeline</h2>
      {events.length === 0 && <p className="empty small">Nothing yet: interactions, stage changes and follow-ups appear here.</p>}
      <ol className="timeline-days">
        {groups.map((group) => (
          <li key={group.day}>
            <h3 className="timeline-day">{dayLabel(group.day, now, TIME_ZONE, formats.locale)}</h3>
            <ol className="timeline-events">
              {group.events.map((event) => (
                <li key={event.id}>
                  <EventRow event={event} today={today} />
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
