import { useSyncExternalStore } from 'react';

/** Hash routes: they work the same from a web server, a file and the desktop app's custom protocol. */
export type Route =
  | { view: 'customers' }
  | { view: 'customer'; id: string }
  | { view: 'timeline' }
  | { view: 'board' }
  | { view: 'today' }
  | { view: 'insights' }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head, id] = path.split('/');
  switch (head) {
    case 'customers':
      return id ? { view: 'customer', id: decodeURIComponent(id) } : { view: 'customers' };
    case 'timeline':
    case 'board':
    case 'today':
    case 'insights':
    case 'settings':
      return { view: head };
    default:
      return { view: 'customers' };
  }
}

export function routeHref(route: Route): string {
  return route.view === 'customer' ? `#/customers/${encodeURIComponent(route.id)}` : `#/${route.view}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
