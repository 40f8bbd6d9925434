import type { Period } from '../../shared/insights/funnel';

const DAY = 86_400_000;

/** The periods the Insights view offers; 0 days means all time. */
export const PERIODS = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 365 days' },
  { days: 0, label: 'All time' },
] as const;

export const DEFAULT_PERIOD_DAYS = 90;

export function periodLabel(days: number): string {
  return PERIODS.find((p) => p.days === days)?.label ?? `Last ${days} days`;
}

/** The period ending now; undefined for all time (so charts start at the first event, not 1970). */
export function periodEndingAt(now: number, days: number): Period | undefined {
  return days > 0 ? { from: now - days * DAY, to: now } : undefined;
}
