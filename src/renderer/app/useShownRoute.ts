import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { routeHref, useRoute, type Route } from './router';
import type { WorkspaceSession } from '../workspace/session';
import { benchMark } from '../bench/registry';
import { CustomerPage } from './lazyViews';

/** How long a customer page may wait for its doc before it shows with placeholders. */
export const HOLD_MS = 250;

/**
 * The route to render. A customer page whose doc (or script chunk) is not in memory yet keeps the
 * previous view on screen until the doc is read (a few ms to a few tens), then
 * renders whole: not a page of placeholders that is laid out, painted, and
 * rebuilt a moment later with the notebook. Past HOLD_MS (a slow disk) the page
 * shows with its placeholders anyway. The first route of a window always shows
 * at once: there is nothing to keep.
 */
export function useShownRoute(session: WorkspaceSession): Route {
  const route = useRoute();
  const key = routeHref(route);
  const [gaveUp, setGaveUp] = useState<string | null>(null);
  const [, setLoaded] = useState(0);
  const last = useRef<Route | null>(null);
  // The page's own script is a chunk too (lazyViews.ts), usually preloaded by then: waited for the same way.
  const waiting = route.view === 'customer' && last.current !== null && gaveUp !== key && (session.loadedCustomerDoc(route.id) === undefined || !CustomerPage.loaded());

  useEffect(() => {
    if (!waiting || route.view !== 'customer') return;
    let live = true;
    // Holding the doc while we wait keeps a quick back-and-forth from dropping it.
    const handle = session.openCustomer(route.id);
    const timer = setTimeout(() => live && setGaveUp(key), HOLD_MS);
    Promise.all([handle.ready, CustomerPage.preload()]).then(
      // Rendered in this task: a scheduled render would come a frame (and a paint) later.
      () => {
        if (!live) return;
        benchMark('page-render');
        flushSync(() => setLoaded((n) => n + 1));
        benchMark('page-rendered');
      },
      () => live && setGaveUp(key),
    );
    return () => {
      live = false;
      clearTimeout(timer);
      handle.release();
    };
    // Not `route`: a new object on every render, described by `key`.
  }, [waiting, key, session]);

  const next = waiting && last.current ? last.current : route;
  // The same route keeps the same object, so views memoised on it do not render again.
  const shown = last.current && routeHref(last.current) === routeHref(next) ? last.current : next;
  last.current = shown;
  return shown;
}
