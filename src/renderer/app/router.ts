import { useSyncExternalStore } from 'react';

/** Hash routes: they work the same from a web server, a file and the desktop app's custom protocol. */
export type Route =
  | { view: 'customers' }
  | { view: 'customer'; id: string }
  | { view: 'timeline' }
  | { view: 'board' }
  | { view: 'today' }
  | { view: 'insights' }
  | { view: 'settings' }
  | { view: 'search'; query: string };

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [head, id] = path.split('/');
  if (head === 'search') return { view: 'search', query: new URLSearchParams(search).get('q') ?? '' };
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
  if (route.view === 'customer') return `#/customers/${encodeURIComponent(route.id)}`;
  if (route.view === 'search') return `#/search?${new URLSearchParams({ q: route.query }).toString()}`;
  return `#/${route.view}`;
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
