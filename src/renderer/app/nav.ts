import type { Route } from './router';

/** The main views, in navigation order: the sidebar and the command palette list the same ones. */
export const MAIN_VIEWS: { label: string; route: Route }[] = [
  { label: 'Customers', route: { view: 'customers' } },
  { label: 'Timeline', route: { view: 'timeline' } },
  { label: 'Board', route: { view: 'board' } },
  { label: 'Today', route: { view: 'today' } },
  { label: 'Insights', route: { view: 'insights' } },
  { label: 'Settings', route: { view: 'settings' } },
];
