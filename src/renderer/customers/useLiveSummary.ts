import { useMemo } from 'react';
import type * as Y from 'yjs';
import { followUpsMap, interactionsMap, profileMap, readFollowUps, readInteractions, readProfile } from '../../shared/model/customerDoc';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { summarizeCustomer } from '../../shared/insights/summary';
import { useInsights } from '../insights/useInsights';
import { useYValue } from '../workspace/SessionContext';
import { DEVICE_TIME_ZONE, useFormats } from '../format/useFormats';

const types = (doc: Y.Doc) => [interactionsMap(doc), followUpsMap(doc), profileMap(doc)];
const read = (doc: Y.Doc) => ({ interactions: readInteractions(doc, DEVICE_TIME_ZONE).items, followUps: readFollowUps(doc).items, profile: readProfile(doc).profile });

/**
 * A customer's figures (value, tier, health...) from their live doc, ranked
 * against the whole workspace: what was just logged counts at once, before the
 * workspace digests catch up. Also the doc's lists it read them from.
 */
export function useLiveSummary(card: CustomerCard, doc: Y.Doc) {
  const live = useYValue(doc, types, read);
  const { summaries, settings, now, timeZone } = useInsights();
  const formats = useFormats();
  return useMemo(() => {
    const input = { card, interactions: live.interactions, followUps: live.followUps };
    const summary = summarizeCustomer(input, { now, timeZone, settings, ranking: summaries.ranking, currency: formats.currency });
    return { input, summary, profile: live.profile, today: summaries.today };
  }, [card, live, now, timeZone, settings, summaries, formats.currency]);
}
