import { useMemo, useRef } from 'react';
import { buildTimeline, eventsForCustomer, type TimelineSource } from '../../shared/timeline/build';
import type { TimelineEvent } from '../../shared/timeline/timelineEvents';
import type { TimelineIndex } from '../../shared/timeline/timelineIndex';

interface Built {
  index: TimelineIndex;
  timeZone: string;
  /** What each customer's events were built from, compared by identity. */
  sources: Map<string, TimelineSource>;
}

/**
 * The workspace timeline index, kept up to date incrementally: the first call
 * sorts every event once; later calls (a card edited, a digest rebuilt, here or
 * from another device) replace only the customers whose card or digest changed.
 * Cards and digest-derived lists are new objects exactly when they change, so an
 * identity check finds them. Returns the index and its version (a memo key).
 */
export function useTimelineIndex(sources: readonly TimelineSource[], timeZone: string): { index: TimelineIndex; version: number } {
  const built = useRef<Built | null>(null);
  return useMemo(() => {
    const current = built.current;
    if (!current || current.timeZone !== timeZone) {
      const index = buildTimeline(sources, timeZone);
      built.current = { index, timeZone, sources: new Map(sources.map((s) => [s.card.id, s])) };
      return { index, version: index.version };
    }
    const changes = new Map<string, TimelineEvent[]>();
    const seen = new Set<string>();
    for (const source of sources) {
      const id = source.card.id;
      seen.add(id);
      const before = current.sources.get(id);
      if (before && before.card === source.card && before.interactions === source.interactions && before.followUps === source.followUps) continue;
      changes.set(id, eventsForCustomer(source, timeZone));
      current.sources.set(id, source);
    }
    for (const id of current.sources.keys()) {
      if (seen.has(id)) continue;
      changes.set(id, []);
      current.sources.delete(id);
    }
    current.index.update(changes);
    return { index: current.index, version: current.index.version };
  }, [sources, timeZone]);
}
