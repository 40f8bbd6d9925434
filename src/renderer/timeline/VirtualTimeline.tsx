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
 * around) are in the DOM, so 100,000 events scroll as smoothly as 100. It is an ARIA
 * feed, which may own only articles: each event is an article (with its place in the
 * whole list, since most are not in the DOM), and a day's heading opens the article of
 * its first event. Summaries of the interactions on screen are loaded lazily.
 */
export function VirtualTimeline(props: VirtualTimelineProps) {
  const { rows, names, tokens } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const details = useInteractionDetails();
  const { locale } = useFormats();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.header ? 42 + 37 : 37),
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
      const event = rows[i]?.event;
      if (event?.type !== 'interaction' || seen.has(event.customerId)) continue;
      seen.add(event.customerId);
      out.push({ customerId: event.customerId, token: tokens.get(event.customerId) });
    }
    return out;
  }, [rows, first, last, tokens]);
  useEffect(() => details.want(wanted), [details, wanted]);

  // Follow-ups due later sit above today: offer a way straight to the present.
  const todayIndex = useMemo(() => rows.findIndex((r) => r.header !== null && r.header.day <= props.today), [rows, props.today]);

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
      {rows.length === 0 ? (
        // No feed without articles (ARIA): the message takes the list's place.
        <div className="timeline-scroll">
          <p className="empty timeline-empty">{props.emptyText}</p>
        </div>
      ) : (
        <div ref={scroller} className="timeline-scroll" role="feed" aria-label="Workspace timeline" aria-busy={props.busy} tabIndex={0}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const { event, header } = rows[item.index];
              const found = event.type === 'interaction' ? details.detailOf(event) : undefined;
              const detail = event.type !== 'interaction' ? undefined : found === undefined ? 'loading' : found;
              return (
                <article
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="timeline-row"
                  style={{ transform: `translateY(${item.start}px)` }}
                  aria-posinset={item.index + 1}
                  aria-setsize={rows.length}
                >
                  {header && (
                    <h2 className="timeline-day-row">
                      {dayLabel(header.day, props.now, props.timeZone, locale)} <span className="muted small">· {header.count}</span>
                    </h2>
                  )}
                  <div className="timeline-event-row">
                    <EventRow event={event} customerName={names.get(event.customerId) ?? ''} detail={detail} today={props.today} />
                  </div>
                </article>
              );
            })}
          </div>
        </div>
      )}
    </>
  );
}
