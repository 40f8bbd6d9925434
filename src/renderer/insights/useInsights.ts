import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { digestInteractions, type CustomerDigest } from '../../shared/model/digest';
import { settingsMap } from '../../shared/model/workspaceDoc';
import type { FollowUp, Interaction } from '../../shared/model/schemas';
import { resolveInsightSettings, type InsightSettings } from '../../shared/insights/settings';
import { summarizeWorkspace, type CustomerInput, type WorkspaceSummaries } from '../../shared/insights/summary';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { useCards, useSession } from '../workspace/SessionContext';
import type { DerivedProgress } from '../workspace/derived';
import type { WorkspaceSession } from '../workspace/session';
import { DEVICE_TIME_ZONE, useFormats } from '../format/useFormats';

/** The user's time zone, for calendar days (due dates, "days since"). */
export const TIME_ZONE = DEVICE_TIME_ZONE;

/** Re-renders when the derived data (digests, search index) changes. */
export function useDerivedVersion(): number {
  const session = useSession();
  return useSyncExternalStore(
    (cb) => session.derived.subscribe(cb),
    () => session.derived.version,
  );
}

export function useDerivedProgress(): DerivedProgress | null {
  useDerivedVersion();
  return useSession().derived.progress;
}

/** One clock for every view, ticking every ten minutes so day-based figures roll over at midnight. */
const clock = {
  now: Date.now(),
  listeners: new Set<() => void>(),
  timer: undefined as ReturnType<typeof setInterval> | undefined,
  subscribe(listener: () => void): () => void {
    clock.listeners.add(listener);
    clock.timer ??= setInterval(() => {
      clock.now = Date.now();
      for (const l of clock.listeners) l();
    }, 600_000);
    return () => {
      clock.listeners.delete(listener);
      if (clock.listeners.size === 0 && clock.timer) {
        clearInterval(clock.timer);
        clock.timer = undefined;
      }
    };
  },
};

/** "Now", shared by every view (so their figures agree and are computed once). */
export function useNow(): number {
  return useSyncExternalStore(clock.subscribe, () => clock.now);
}

/** Workspace insight settings (stage idle thresholds, tier shares...), stored in the workspace doc. */
export function useInsightSettings(): InsightSettings {
  const session = useSession();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const map = settingsMap(session.doc);
    const bump = () => setVersion((v) => v + 1);
    map.observeDeep(bump);
    return () => map.unobserveDeep(bump);
  }, [session]);
  return useMemo(() => readInsightSettings(session), [session, version]);
}

const unpacked = new WeakMap<CustomerDigest, Interaction[]>();
/** A digest's interactions as values, unpacked once per digest. */
export function interactionsOf(digest: CustomerDigest | undefined): Interaction[] {
  if (!digest) return [];
  let list = unpacked.get(digest);
  if (!list) unpacked.set(digest, (list = digestInteractions(digest, TIME_ZONE)));
  return list;
}

export interface Insights {
  cards: CustomerCard[];
  inputs: CustomerInput[];
  summaries: WorkspaceSummaries;
  followUpsById: Map<string, readonly FollowUp[]>;
  settings: InsightSettings;
  now: number;
  timeZone: string;
  /** The workspace currency: every `ltv` is in its minor units. */
  currency: string;
  /** True until every customer doc has been read once on this device. */
  partial: boolean;
}

/**
 * Every customer's figures from the cards and this device's digests: what useInsights
 * keeps current, for work done once on demand (an export) without subscribing a view.
 */
export function summarizeCards(session: WorkspaceSession, cards: readonly CustomerCard[], context: { now: number; settings: InsightSettings; currency: string }) {
  const digests = session.derived.digests;
  const followUpsById = new Map<string, readonly FollowUp[]>();
  const inputs: CustomerInput[] = cards.map((card) => {
    const digest = digests.get(card.id);
    const followUps = digest?.followUps ?? [];
    followUpsById.set(card.id, followUps);
    return { card, interactions: interactionsOf(digest), followUps };
  });
  return { inputs, followUpsById, summaries: summarizeWorkspace(inputs, { ...context, timeZone: TIME_ZONE }) };
}

/** The workspace's insight settings as stored now (useInsightSettings keeps a view current). */
export function readInsightSettings(session: WorkspaceSession): InsightSettings {
  return resolveInsightSettings(settingsMap(session.doc).get('insights'));
}

const computed = new WeakMap<object, { cards: CustomerCard[]; version: number; settings: InsightSettings; now: number; currency: string; value: Insights }>();

/**
 * Every customer's figures (value, RFM, tier, health, cadence), computed on this
 * device from the cards and the digests of their docs. Recomputed when either changes.
 */
export function useInsights(): Insights {
  const session = useSession();
  const cards = useCards();
  const derivedVersion = useDerivedVersion();
  const settings = useInsightSettings();
  const now = useNow();
  const { currency } = useFormats();
  return useMemo(() => {
    // Several views (and the customer page) ask at once: compute once per change.
    const cached = computed.get(session);
    if (cached && cached.cards === cards && cached.version === derivedVersion && cached.settings === settings && cached.now === now && cached.currency === currency) return cached.value;
    const digests = session.derived.digests;
    const { inputs, followUpsById, summaries } = summarizeCards(session, cards, { now, settings, currency });
    const partial = session.derived.progress !== null || cards.some((card) => !digests.has(card.id));
    const value = { cards, inputs, summaries, followUpsById, settings, now, timeZone: TIME_ZONE, currency, partial };
    computed.set(session, { cards, version: derivedVersion, settings, now, currency, value });
    return value;
    // derivedVersion: the digests map is mutated in place; the version says it changed.
  }, [session, cards, derivedVersion, settings, now, currency]);
}
