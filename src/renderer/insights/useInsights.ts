import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { digestInteractions, type CustomerDigest } from '../../shared/model/digest';
import { settingsMap } from '../../shared/model/workspaceDoc';
import type { FollowUp, Interaction } from '../../shared/model/schemas';
import { resolveInsightSettings, type InsightSettings } from '../../shared/insights/settings';
import { summarizeWorkspace, type CustomerInput, type WorkspaceSummaries } from '../../shared/insights/summary';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { useCards, useSession } from '../workspace/SessionContext';
import type { DerivedProgress } from '../workspace/derived';

/** The user's time zone, for calendar days (due dates, "days since"). */
export const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

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

/** "Now", refreshed every ten minutes so day-based figures roll over at midnight. */
export function useNow(intervalMs = 600_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
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
  return useMemo(() => resolveInsightSettings(settingsMap(session.doc).get('insights')), [session, version]);
}

const unpacked = new WeakMap<CustomerDigest, Interaction[]>();
/** A digest's interactions as values, unpacked once per digest. */
export function interactionsOf(digest: CustomerDigest | undefined): Interaction[] {
  if (!digest) return [];
  let list = unpacked.get(digest);
  if (!list) unpacked.set(digest, (list = digestInteractions(digest)));
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
  /** True until every customer doc has been read once on this device. */
  partial: boolean;
}

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
  return useMemo(() => {
    const digests = session.derived.digests;
    const followUpsById = new Map<string, readonly FollowUp[]>();
    const inputs: CustomerInput[] = cards.map((card) => {
      const digest = digests.get(card.id);
      const followUps = digest?.followUps ?? [];
      followUpsById.set(card.id, followUps);
      return { card, interactions: interactionsOf(digest), followUps };
    });
    const summaries = summarizeWorkspace(inputs, { now, timeZone: TIME_ZONE, settings });
    const partial = session.derived.progress !== null || cards.some((card) => !digests.has(card.id));
    return { cards, inputs, summaries, followUpsById, settings, now, timeZone: TIME_ZONE, partial };
    // derivedVersion: the digests map is mutated in place; the version says it changed.
  }, [session, cards, derivedVersion, settings, now]);
}
