import { useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { IsoDate } from '../../shared/insights/calendar';
import type { TimelineRow } from '../../shared/timeline/timelineIndex';
import { dayLabel } from './dayLabel';
import { EventRow } from './EventRow';
import { useFormats } from '../format/useFormats';
import type { DetailRequest } from './interactionDetails';
import { useInteractionDetails } from './useInteractionDetails';

export interface VirtualTimelineProps {
  rows: readonly TimelineRow[];
  names: ReadonlyMap<string, string>;
  /** Per customer, what its digest interactions were built from: details reload when it changes. */
  tokens: ReadonlyMap<string, unknown>;
  now: number;
  today: IsoDate;
  timeZone: string;
  busy: boolean;
  /** Changes when the filters change: the list goes back to the newest event. */
  resetKey: string;
  emptyText: string;
}

/**
 * The workspace timeline as a virtual list: only the rows on screen (and a few
 * around) are in the DOM, so 100,000 events scroll as smoothly as 100. Day headers
 * are rows of their own. Summaries of the interactions on screen are loaded lazily.
 */
export function VirtualTimeline(props: VirtualTimelineProps) {
  const { rows, names, tokens } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const details = useInteractionDetails();
  const { locale } = useFormats();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.type === 'day' ? 42 : 37),
    overscan: 12,
  });

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [props.resetKey, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  // The customers behind the interactions on screen, in screen order.
  const wanted = useMemo(() => {
    const out: DetailRequest[] = [];
    const seen = new Set<string>();
    for (let i = first; i <= last; i++) {
      const row = rows[i];
      if (row?.type !== 'event' || row.event.type !== 'interaction' || seen.has(row.event.customerId)) continue;
      seen.add(row.event.customerId);
      out.push({ customerId: row.event.customerId, token: tokens.get(row.event.customerId) });
    }
    return out;
  }, [rows, first, last, tokens]);
  useEffect(() => details.want(wanted), [details, wanted]);

  // Follow-ups due later sit above today: offer a way straight to the present.
  const todayIndex = useMemo(() => rows.findIndex((r) => r.type === 'day' && r.day <= props.today), [rows, props.today]);

  return (
    <>
      {todayIndex > 0 && (
        <div className="timeline-jump">
          <button type="button" className="link-button" onClick={() => virtualizer.scrollToIndex(todayIndex, { align: 'start' })}>
            Jump to today
          </button>
          <span className="muted small">Follow-ups due later are listed first.</span>
        </div>
      )}
      <div ref={scroller} className="timeline-scroll" role="feed" aria-label="Workspace timeline" aria-busy={props.busy} tabIndex={0}>
        {rows.length === 0 && <p className="empty timeline-empty">{props.emptyText}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            const style = { transform: `translateY(${item.start}px)` };
            if (row.type === 'day') {
              return (
                <h2 key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="timeline-row timeline-day-row" style={style}>
                  {dayLabel(row.day, props.now, props.timeZone, locale)} <span className="muted small">· {row.count}</span>
                </h2>
              );
            }
            const event = row.event;
            const found = event.type === 'interaction' ? details.detailOf(event) : undefined;
            const detail = event.type !== 'interaction' ? undefined : found === undefined ? 'loading' : found;
            return (
              <article key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="timeline-row timeline-event-row" style={style}>
                <EventRow event={event} customerName={names.get(event.customerId) ?? ''} detail={detail} today={props.today} />
              </article>
            );
          })}
        </div>
      </div>
    </>
  );
}
