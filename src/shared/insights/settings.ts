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
  /**
   * Contact cadence for customers whose card sets none, by their effective tier;
   * null for a tier: only its customers with a cadence of their own can lose touch.
   */
  cadenceByTier: Record<Tier, number | null>;
  /** Days after which a board card is flagged idle, per stage (measured as idle.ts says); null: never idle. */
  stageIdleDays: Record<Stage, number | null>;
  /** Effective tiers that make a customer "high value" for the at-risk list. */
  highValueTiers: Tier[];
}

/** Out of the box, so "Losing touch" works on day one: the more valuable, the more often. */
export const DEFAULT_CADENCE_BY_TIER: Record<Tier, number | null> = { A: 30, B: 60, C: 90 };

export const DEFAULT_INSIGHT_SETTINGS: InsightSettings = {
  tierShares: { a: 0.2, b: 0.3 },
  noTouchAmberDays: 30,
  noTouchRedDays: 60,
  negativeStreakAmber: 2,
  negativeStreakRed: 3,
  overdueAmberDays: 1,
  overdueRedDays: 7,
  cadenceRedFactor: 2,
  cadenceByTier: DEFAULT_CADENCE_BY_TIER,
  stageIdleDays: DEFAULT_STAGE_IDLE_DAYS,
  highValueTiers: ['A'],
};

const days = z.number().int().min(0).max(36_500);
const share = z.number().min(0).max(1);
const cadence = z.number().int().positive().max(3650);

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
  cadenceByTier: z.partialRecord(tierSchema, cadence.nullable()).optional().catch(undefined),
  /**
   * Before cadences by tier (kept readable): one cadence for every customer. A
   * number still applies to each tier the workspace has not set itself; null
   * (the old empty field, which was also how "never set" looked) means nothing.
   */
  defaultCadenceDays: cadence.nullable().optional().catch(undefined),
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
    cadenceByTier: resolveCadenceByTier(o.cadenceByTier, o.defaultCadenceDays),
    stageIdleDays: { ...d.stageIdleDays, ...(o.stageIdleDays ?? {}) },
    highValueTiers: o.highValueTiers ?? d.highValueTiers,
  };
}

function resolveCadenceByTier(byTier: Partial<Record<Tier, number | null>> | undefined, legacy: number | null | undefined): Record<Tier, number | null> {
  const base = typeof legacy === 'number' ? { A: legacy, B: legacy, C: legacy } : DEFAULT_CADENCE_BY_TIER;
  return { ...base, ...(byTier ?? {}) };
}
