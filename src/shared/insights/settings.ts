import { z } from 'zod';
import { tierSchema } from '../model/schemas';
import { STAGES, type Stage } from '../stages';
import type { Tier } from '../model/schemas';
import { DEFAULT_STAGE_IDLE_DAYS } from './idle';

/**
 * Thresholds behind tiers, health, cadence and idle flags. Every figure has a
 * default; a workspace may store overrides (settings map), parsed with
 * `insightSettingsSchema` so a bad value from a peer falls back to the default.
 */
export interface InsightSettings {
  /** Share of customers (by value) in tier A, then B; the rest is C. */
  tierShares: { a: number; b: number };
  /** Without a cadence: amber after this many days without a touch, red after `noTouchRedDays`. */
  noTouchAmberDays: number;
  noTouchRedDays: number;
  /** Latest interactions negative in a row: amber at this many, red at `negativeStreakRed`. */
  negativeStreakAmber: number;
  negativeStreakRed: number;
  /** An open follow-up overdue by at least this many days is amber; by `overdueRedDays`, red. */
  overdueAmberDays: number;
  overdueRedDays: number;
  /** Past the cadence is amber; this many times the cadence without a touch is red. */
  cadenceRedFactor: number;
  /** Cadence for customers whose card sets none; null: only cards with a cadence can lose touch. */
  defaultCadenceDays: number | null;
  /** Days after which a board card is flagged idle, per stage (measured as idle.ts says); null: never idle. */
  stageIdleDays: Record<Stage, number | null>;
  /** Effective tiers that make a customer "high value" for the at-risk list. */
  highValueTiers: Tier[];
}

export const DEFAULT_INSIGHT_SETTINGS: InsightSettings = {
  tierShares: { a: 0.2, b: 0.3 },
  noTouchAmberDays: 30,
  noTouchRedDays: 60,
  negativeStreakAmber: 2,
  negativeStreakRed: 3,
  overdueAmberDays: 1,
  overdueRedDays: 7,
  cadenceRedFactor: 2,
  defaultCadenceDays: null,
  stageIdleDays: DEFAULT_STAGE_IDLE_DAYS,
  highValueTiers: ['A'],
};

const days = z.number().int().min(0).max(36_500);
const share = z.number().min(0).max(1);

/** Stored overrides: every key optional; a key that fails is dropped (default used), others kept. */
export const insightSettingsSchema = z.looseObject({
  tierShares: z.object({ a: share, b: share }).refine((s) => s.a + s.b <= 1, 'A and B shares exceed 100%').optional().catch(undefined),
  noTouchAmberDays: days.optional().catch(undefined),
  noTouchRedDays: days.optional().catch(undefined),
  negativeStreakAmber: z.number().int().min(1).max(100).optional().catch(undefined),
  negativeStreakRed: z.number().int().min(1).max(100).optional().catch(undefined),
  overdueAmberDays: days.optional().catch(undefined),
  overdueRedDays: days.optional().catch(undefined),
  cadenceRedFactor: z.number().min(1).max(100).optional().catch(undefined),
  defaultCadenceDays: z.number().int().positive().max(3650).nullable().optional().catch(undefined),
  stageIdleDays: z.partialRecord(z.enum(STAGES), days.nullable()).optional().catch(undefined),
  highValueTiers: z.array(tierSchema).max(3).optional().catch(undefined),
});

export type InsightSettingsInput = z.input<typeof insightSettingsSchema>;

/** Defaults with any valid stored overrides on top. Never throws. */
export function resolveInsightSettings(raw?: unknown): InsightSettings {
  const parsed = insightSettingsSchema.safeParse(raw ?? {});
  if (!parsed.success) return DEFAULT_INSIGHT_SETTINGS;
  const o = parsed.data;
  const d = DEFAULT_INSIGHT_SETTINGS;
  return {
    tierShares: o.tierShares ?? d.tierShares,
    noTouchAmberDays: o.noTouchAmberDays ?? d.noTouchAmberDays,
    noTouchRedDays: o.noTouchRedDays ?? d.noTouchRedDays,
    negativeStreakAmber: o.negativeStreakAmber ?? d.negativeStreakAmber,
    negativeStreakRed: o.negativeStreakRed ?? d.negativeStreakRed,
    overdueAmberDays: o.overdueAmberDays ?? d.overdueAmberDays,
    overdueRedDays: o.overdueRedDays ?? d.overdueRedDays,
    cadenceRedFactor: o.cadenceRedFactor ?? d.cadenceRedFactor,
    defaultCadenceDays: o.defaultCadenceDays === undefined ? d.defaultCadenceDays : o.defaultCadenceDays,
    stageIdleDays: { ...d.stageIdleDays, ...(o.stageIdleDays ?? {}) },
    highValueTiers: o.highValueTiers ?? d.highValueTiers,
  };
}
