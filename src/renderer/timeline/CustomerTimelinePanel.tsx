import { useMemo } from 'react';
import type * as Y from 'yjs';
import { followUpsMap, interactionsMap, readFollowUps, readInteractions } from '../../shared/model/customerDoc';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { eventsForCustomer } from '../../shared/timeline/build';
import { groupByDay } from '../../shared/timeline/timelineIndex';
import { useYValue } from '../workspace/SessionContext';
import { TIME_ZONE } from '../insights/useInsights';
import { EventRow } from './EventRow';
import './timeline.css';

const types = (doc: Y.Doc) => [interactionsMap(doc), followUpsMap(doc)];
const read = (doc: Y.Doc) => ({ interactions: readInteractions(doc).items, followUps: readFollowUps(doc).items });
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' });

/** One customer's story so far: interactions, stage moves and follow-ups, newest first, by day. */
export function CustomerTimelinePanel({ card, doc }: { card: CustomerCard; doc: Y.Doc }) {
  const live = useYValue(doc, types, read);
  const groups = useMemo(
    () => groupByDay(eventsForCustomer({ card, ...live }, TIME_ZONE).sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))),
    [card, live],
  );
  return (
    <section className="panel" role="region" aria-label="Customer timeline">
      <h2>Timeline</h2>
      {groups.length === 0 && <p className="empty small">Nothing yet.</p>}
      <ol className="timeline-days">
        {groups.map((group) => (
          <li key={group.day}>
            <h3 className="timeline-day">{dayFormat.format(new Date(`${group.day}T00:00:00Z`))}</h3>
            <ol className="timeline-events">
              {group.events.map((event) => (
                <li key={event.id}>
                  <EventRow event={event} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
