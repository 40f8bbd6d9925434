import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { parseRoute, routeHref, type Route } from './router';
import { useShownRoute } from './useShownRoute';
import { useHeadingFocus } from './useHeadingFocus';
import { focusPageHeading } from '../ui/pageHeading';
import { anchorEmptySelection } from './anchorEmptySelection';
import { useSession } from '../workspace/SessionContext';
import { CustomersView } from '../customers/CustomersView';
// Every view but the list is its own chunk, loaded when first shown (lazyViews.ts).
import { BoardView, CustomerPage, InsightsView, SearchView, SettingsView, TimelineView, TodayView } from './lazyViews';
import { CommandPalette } from '../palette/CommandPalette';
import { navigate } from './router';
import { Presence } from '../sync/Presence';
import { useSyncManager } from '../sync/useSyncState';
import { useMenuCommands } from './useMenuCommands';
import { MAIN_VIEWS } from './nav';
import { SyncStatus } from '../sync/SyncStatus';
import { ToastProvider } from '../ui/Toast';
import { ReminderBridge } from '../reminders/ReminderBridge';
import { BoardIcon, CustomersIcon, InsightsIcon, PaletteIcon, SettingsIcon, TimelineIcon, TodayIcon } from '../ui/icons';
import { TooltipButton } from '../ui/TooltipButton';
import { openPalette } from '../palette/CommandPalette';
import './shell.css';

const NAV_ICONS: Partial<Record<Route['view'], typeof CustomersIcon>> = {
  customers: CustomersIcon,
  timeline: TimelineIcon,
  board: BoardIcon,
  today: TodayIcon,
  insights: InsightsIcon,
  settings: SettingsIcon,
};


function isActive(current: Route, target: Route): boolean {
  return current.view === target.view || (current.view === 'customer' && target.view === 'customers');
}

/** The window: navigation, the current view, sync status. */
export function Shell() {
  const session = useSession();
  const route = useShownRoute(session);
  const main = useRef<HTMLElement>(null);
  useHeadingFocus(main, routeHref(route));
  const sync = useSyncManager();
  useMenuCommands();
  // A customer's doc is read before their page renders: when a link to them is hovered or
  // focused anywhere in the app (list, board, Today, timeline, search), and at the latest
  // when the address changes (palette, history), not after the page's first paint.
  // A layout effect, so this hashchange listener is added before the router's (a passive
  // effect) and runs first: the read is under way while React renders the change.
  useLayoutEffect(() => {
    const prefetch = (hash: string) => {
      const next = parseRoute(hash);
      if (next.view === 'customer') session.prefetchCustomer(next.id);
    };
    const onNavigate = () => {
      anchorEmptySelection();
      prefetch(window.location.hash);
    };
    const onPoint = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/customers/"]') : null;
      if (link) prefetch(link.getAttribute('href') ?? '');
    };
    window.addEventListener('hashchange', onNavigate);
    document.addEventListener('pointerover', onPoint);
    document.addEventListener('focusin', onPoint);
    return () => {
      window.removeEventListener('hashchange', onNavigate);
      document.removeEventListener('pointerover', onPoint);
      document.removeEventListener('focusin', onPoint);
    };
  }, [session]);
  const [storageError, setStorageError] = useState<string | null>(null);
  useEffect(() => session.onStorageError((error) => setStorageError(String(error))), [session]);
  // When the list was shown from the card cache, decode the workspace doc once it is on screen.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => session.hydrate(), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [session]);

  return (
    <ToastProvider>
      <div className="shell">
        <nav className="sidebar" aria-label="Main">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">R</span>
            <span className="brand-name" title={session.meta.name}>{session.meta.name}</span>
          </div>
          <form
            role="search"
            className="sidebar-search"
            onSubmit={(e) => {
              e.preventDefault();
              const input = e.currentTarget.elements.namedItem('q') as HTMLInputElement;
              if (input.value.trim()) navigate({ view: 'search', query: input.value.trim() });
            }}
          >
            <input name="q" type="search" aria-label="Search notes" placeholder="Search…" />
            <TooltipButton label="Command palette" shortcut="Control+K" icon={<PaletteIcon aria-hidden="true" />} onClick={openPalette} />
          </form>
          <ul>
            {MAIN_VIEWS.map((item) => {
              const Icon = NAV_ICONS[item.route.view];
              return (
                <li key={item.label}>
                  <a
                    href={routeHref(item.route)}
                    aria-current={isActive(route, item.route) ? 'page' : undefined}
                    // The view already shown: the address does not change, but focus goes to its heading as after any navigation.
                    onClick={() => routeHref(item.route) === routeHref(route) && focusPageHeading(main.current ?? undefined)}
                  >
                    {Icon && <Icon className="nav-icon" aria-hidden="true" />}
                    {item.label}
                  </a>
                </li>
              );
            })}
          </ul>
          <div className="sidebar-foot">
            <Presence provider={sync?.workspaceProvider} label="People in this workspace" />
            <SyncStatus />
          </div>
        </nav>
        <CommandPalette />
        <ReminderBridge />
        <main ref={main} className="content">
          {storageError && (
            <div className="banner error" role="alert">
              Saving to this device failed: {storageError}. Your edits are kept in memory and retried; do not close the window.
            </div>
          )}
          <RouteView route={route} />
        </main>
      </div>
    </ToastProvider>
  );
}

/** Memoised: while a customer page waits for its doc, the shell re-renders but the view on screen must not. */
const RouteView = memo(function RouteView({ route }: { route: Route }) {
  switch (route.view) {
    case 'customers':
      return <CustomersView />;
    case 'customer':
      return <CustomerPage key={route.id} id={route.id} />;
    case 'settings':
      return <SettingsView />;
    case 'board':
      return <BoardView />;
    case 'today':
      return <TodayView />;
    case 'insights':
      return <InsightsView />;
    case 'timeline':
      return <TimelineView />;
    case 'search':
      return <SearchView key={route.query} query={route.query} />;
  }
});
