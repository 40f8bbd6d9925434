import { lazyPart } from '../ui/lazyPart';

/**
 * Every view but the customer list, each its own chunk (issue 15: the list's
 * first load parses only what the list needs). The names are what the
 * "could not be loaded" alert says. Shared code (Lexical for the customer page,
 * recharts for Insights, dnd-kit for the board) goes with the views that use it;
 * Rollup puts what several of them share in chunks of its own.
 */
export const CustomerPage = lazyPart('The customer page', () => import('../customers/CustomerPage').then((m) => m.CustomerPage));
export const SettingsView = lazyPart('Settings', () => import('../settings/SettingsView').then((m) => m.SettingsView));
export const BoardView = lazyPart('The board', () => import('../board/BoardView').then((m) => m.BoardView));
export const TodayView = lazyPart('Today', () => import('../today/TodayView').then((m) => m.TodayView));
export const SearchView = lazyPart('Search', () => import('../search/SearchView').then((m) => m.SearchView));
export const InsightsView = lazyPart('Insights', () => import('../insights/InsightsView').then((m) => m.InsightsView));
export const TimelineView = lazyPart('The timeline', () => import('../timeline/TimelineView').then((m) => m.TimelineView));
