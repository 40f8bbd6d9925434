import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { buildTimeline } from '../../shared/timeline/build';
import type { TimelineFilter, TimelineRow } from '../../shared/timeline/timelineIndex';
import type { TimelineKind } from '../../shared/timeline/timelineEvents';
import { INTERACTION_KINDS, SENTIMENTS, type Sentiment } from '../../shared/model/schemas';
import { useInsights, TIME_ZONE } from '../insights/useInsights';
import { KIND_LABELS, SENTIMENT_LABELS } from '../interactions/labels';
import { EventRow } from './EventRow';
import { useInteractionSummaries } from './useSummaries';
import './timeline.css';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' });
const KIND_OPTIONS: { value: TimelineKind; label: string }[] = [
  ...INTERACTION_KINDS.map((k) => ({ value: k as TimelineKind, label: KIND_LABELS[k] })),
  { value: 'stage', label: 'Stage change' },
  { value: 'followUp', label: 'Follow-up' },
];

/** Digest ids are `<customerId>#<index in newest-first order>`: the index finds the summary. */
function digestIndex(interactionId: string): number {
  const hash = interactionId.lastIndexOf('#');
  return hash < 0 ? -1 : Number(interactionId.slice(hash + 1));
}

/**
 * Every interaction, stage change and follow-up of the workspace, newest first,
 * grouped by day; filterable; virtualised (100,000 events scroll smoothly) with
 * summaries loaded for the rows on screen.
 */
export function WorkspaceTimelineView() {
  const { inputs, partial } = useInsights();
  const [kind, setKind] = useState<TimelineKind | ''>('');
  const [sentiment, setSentiment] = useState<Sentiment | ''>('');
  const [owner, setOwner] = useState('');
  const [customer, setCustomer] = useState('');
  const index = useMemo(() => buildTimeline(inputs, TIME_ZONE), [inputs]);
  const names = useMemo(() => new Map(inputs.map((i) => [i.card.id, i.card.name])), [inputs]);
  const owners = useMemo(() => [...new Set(inputs.map((i) => i.card.owner).filter(Boolean))].sort(), [inputs]);
  const customerIds = useMemo(() => {
    const needle = customer.trim().toLowerCase();
    if (!needle) return undefined;
    return inputs.filter((i) => `${i.card.name} ${i.card.company}`.toLowerCase().includes(needle)).map((i) => i.card.id);
  }, [inputs, customer]);
  const rows: readonly TimelineRow[] = useMemo(() => {
    const filter: TimelineFilter = {
      ...(kind ? { kinds: [kind] } : {}),
      ...(sentiment ? { sentiments: [sentiment] } : {}),
      ...(owner ? { owners: [owner] } : {}),
      ...(customerIds ? { customerIds } : {}),
    };
    return index.query(filter).rows();
  }, [index, kind, sentiment, owner, customerIds]);

  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: (i) => (rows[i].type === 'day' ? 40 : 34),
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const { summaryOf, want } = useInteractionSummaries(inputs);
  const visibleCustomers = items
    .map((item) => rows[item.index])
    .filter((row): row is Extract<TimelineRow, { type: 'event' }> => row?.type === 'event' && row.event.type === 'interaction')
    .map((row) => row.event.customerId);
  const wantedKey = [...new Set(visibleCustomers)].join(',');
  useEffect(() => {
    if (wantedKey) want(wantedKey.split(','));
  }, [wantedKey, want, inputs]);

  const eventCount = rows.filter((r) => r.type === 'event').length;
  return (
    <section className="view timeline-view" aria-labelledby="timeline-title">
      <header className="view-header">
        <h1 id="timeline-title">Timeline</h1>
        <span className="count">{eventCount.toLocaleString()} events</span>
        {partial && <span className="muted small">Loading history…</span>}
      </header>
      <div className="toolbar" role="group" aria-label="Timeline filters">
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as TimelineKind | '')}>
          <option value="">All kinds</option>
          {KIND_OPTIONS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
        <select aria-label="Sentiment" value={sentiment} onChange={(e) => setSentiment(e.target.value as Sentiment | '')}>
          <option value="">Any sentiment</option>
          {SENTIMENTS.map((s) => (
            <option key={s} value={s}>
              {SENTIMENT_LABELS[s]}
            </option>
          ))}
        </select>
        <select aria-label="Owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">Any owner</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        <input type="search" aria-label="Customer" placeholder="Customer or company" value={customer} onChange={(e) => setCustomer(e.target.value)} />
      </div>
      <div ref={parent} className="timeline-scroll" role="feed" aria-label="Workspace timeline" aria-busy={partial}>
        {rows.length === 0 && <p className="empty">{inputs.length === 0 ? 'No customers yet.' : 'No events match these filters.'}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={row.type === 'day' ? 'timeline-day-row' : 'timeline-event-row'}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                role={row.type === 'day' ? 'heading' : 'article'}
                aria-level={row.type === 'day' ? 2 : undefined}
              >
                {row.type === 'day' ? (
                  <span>
                    {dayFormat.format(new Date(`${row.day}T00:00:00Z`))} <span className="muted small">· {row.count}</span>
                  </span>
                ) : (
                  <EventRow
                    event={row.event}
                    customerName={names.get(row.event.customerId) ?? ''}
                    summary={row.event.type === 'interaction' ? (summaryOf(row.event.customerId, digestIndex(row.event.interaction.id)) ?? '…') : undefined}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
