import { useMemo, useState } from 'react';
import { calendarFor } from '../../shared/insights/calendar';
import type { TimelineFilter } from '../../shared/timeline/timelineIndex';
import { useInsights } from '../insights/useInsights';
import { NO_FILTERS, TimelineFilters, type TimelineFilterState } from './TimelineFilters';
import { useTimelineIndex } from './useTimelineIndex';
import { VirtualTimeline } from './VirtualTimeline';
import './timeline.css';

/**
 * Every interaction, stage change and follow-up of the workspace, newest first,
 * grouped by local day, filterable by kind, sentiment, owner and customer.
 *
 * The skeleton of every event comes from the cards and the background-built
 * digests (cheap: no customer doc is opened); the index is updated per changed
 * customer, not rebuilt; summaries load lazily for the rows on screen.
 */
export function TimelineView() {
  const { inputs, partial, now, timeZone } = useInsights();
  const [filters, setFilters] = useState<TimelineFilterState>(NO_FILTERS);
  const { index, version } = useTimelineIndex(inputs, timeZone);

  const names = useMemo(() => new Map(inputs.map((i) => [i.card.id, i.card.name])), [inputs]);
  const tokens = useMemo(() => new Map<string, unknown>(inputs.map((i) => [i.card.id, i.interactions])), [inputs]);
  const owners = useMemo(() => [...new Set(inputs.map((i) => i.card.owner).filter(Boolean))].sort(), [inputs]);
  const customerIds = useMemo(() => {
    const needle = filters.customer.trim().toLowerCase();
    if (!needle) return undefined;
    return inputs.filter((i) => `${i.card.name}\n${i.card.company}`.toLowerCase().includes(needle)).map((i) => i.card.id);
  }, [inputs, filters.customer]);

  const view = useMemo(() => {
    const filter: TimelineFilter = {
      ...(filters.kind ? { kinds: [filters.kind] } : {}),
      ...(filters.sentiment ? { sentiments: [filters.sentiment] } : {}),
      ...(filters.owner ? { owners: [filters.owner] } : {}),
      ...(customerIds ? { customerIds } : {}),
    };
    return index.query(filter);
    // version: the index is updated in place; a new version means new results.
  }, [index, version, filters.kind, filters.sentiment, filters.owner, customerIds]);
  const rows = useMemo(() => view.rows(), [view]);
  const today = calendarFor(timeZone).dateOf(now);
  const resetKey = `${filters.kind}|${filters.sentiment}|${filters.owner}|${filters.customer}`;

  return (
    <section className="view timeline-view" aria-labelledby="timeline-title">
      <header className="view-header">
        <h1 id="timeline-title">Timeline</h1>
        <span className="count" aria-live="polite">
          {view.length.toLocaleString()} {view.length === 1 ? 'event' : 'events'}
        </span>
        {partial && <span className="muted small">Loading history…</span>}
      </header>
      <TimelineFilters value={filters} owners={owners} onChange={setFilters} />
      <VirtualTimeline
        rows={rows}
        names={names}
        tokens={tokens}
        now={now}
        today={today}
        timeZone={timeZone}
        busy={partial}
        resetKey={resetKey}
        emptyText={inputs.length === 0 ? 'No customers yet: events appear here as you work with customers.' : 'No events match these filters.'}
      />
    </section>
  );
}
