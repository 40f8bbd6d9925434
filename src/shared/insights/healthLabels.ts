import type { HealthLevel } from './health';

/** What each health level is called, in the app and in exports. */
export const HEALTH_LABELS: Record<HealthLevel, string> = { green: 'Healthy', amber: 'Needs attention', red: 'At risk' };
