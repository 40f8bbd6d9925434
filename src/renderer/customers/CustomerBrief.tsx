import { useMemo } from 'react';
import type * as Y from 'yjs';
import { followUpsMap, interactionsMap, profileMap, readFollowUps, readInteractions, readProfile } from '../../shared/model/customerDoc';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { callBrief } from '../../shared/insights/brief';
import { summarizeCustomer } from '../../shared/insights/summary';
import { STAGE_LABELS } from '../../shared/stages';
import { useInsights } from '../insights/useInsights';
import { useYValue } from '../workspace/SessionContext';
import { HealthBadge } from '../ui/HealthBadge';
import { KIND_LABELS } from '../interactions/labels';
import { DEVICE_TIME_ZONE, useFormats } from '../format/useFormats';

const types = (doc: Y.Doc) => [interactionsMap(doc), followUpsMap(doc), profileMap(doc)];
const read = (doc: Y.Doc) => ({ interactions: readInteractions(doc, DEVICE_TIME_ZONE).items, followUps: readFollowUps(doc).items, profile: readProfile(doc).profile });

/**
 * Before the call: the last interactions, what is open, what they like and
 * dislike, dates coming up, where they stand and why their health is what it is.
 * Figures use this customer's live doc, ranked against the whole workspace.
 */
export function CustomerBrief({ card, doc }: { card: CustomerCard; doc: Y.Doc }) {
  const live = useYValue(doc, types, read);
  const { summaries, settings, now, timeZone } = useInsights();
  const formats = useFormats();
  const { summary, brief } = useMemo(() => {
    const input = { card, interactions: live.interactions, followUps: live.followUps };
    const summary = summarizeCustomer(input, { now, timeZone, settings, ranking: summaries.ranking, currency: formats.currency });
    return { summary, brief: callBrief(input, live.profile, summary, summaries.today) };
  }, [card, live, now, timeZone, settings, summaries, formats.currency]);

  return (
    <section className="panel brief" role="region" aria-label="Before the call">
      <h2>Before the call</h2>
      <div className="brief-figures">
        <span>
          <strong>{STAGE_LABELS[brief.stage]}</strong> for {brief.daysInStage} days
        </span>
        <span className={`tier tier-${summary.tier}`} title={summary.tierOverridden ? `Set by hand (computed: ${summary.computedTier})` : 'From lifetime value'}>
          Tier {summary.tier}
        </span>
        <span>Value {formats.value(summary.ltv)}</span>
        {summary.rfm && (
          <span title="Recency, frequency, monetary: 1 (low) to 5 (high)">
            RFM {summary.rfm.recency}-{summary.rfm.frequency}-{summary.rfm.monetary}
          </span>
        )}
      </div>
      <HealthBadge health={summary.health} />
      <h3>Last interactions</h3>
      {brief.lastInteractions.length === 0 ? (
        <p className="empty small">None yet.</p>
      ) : (
        <ul className="compact">
          {brief.lastInteractions.map((i) => (
            <li key={i.id}>
              <time className="muted" dateTime={formats.eventAttribute(i.when)}>{formats.event(i.when)}</time> <strong>{KIND_LABELS[i.kind]}</strong> {i.summary}
            </li>
          ))}
        </ul>
      )}
      {brief.openFollowUps.length > 0 && (
        <>
          <h3>Open follow-ups</h3>
          <ul className="compact">
            {brief.openFollowUps.map((f) => (
              <li key={f.id} className={f.status.status === 'overdue' ? 'overdue' : undefined}>
                <time dateTime={f.due}>{formats.day(f.due)}</time> {f.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <dl className="brief-facts">
        {brief.preferences && (
          <>
            <dt>Preferences</dt>
            <dd>{brief.preferences}</dd>
          </>
        )}
        {brief.likes && (
          <>
            <dt>Likes</dt>
            <dd>{brief.likes}</dd>
          </>
        )}
        {brief.dislikes && (
          <>
            <dt>Dislikes</dt>
            <dd>{brief.dislikes}</dd>
          </>
        )}
      </dl>
      {brief.upcomingDates.length > 0 && (
        <>
          <h3>Coming up</h3>
          <ul className="compact">
            {brief.upcomingDates.map((d) => (
              <li key={`${d.label}-${d.date}`}>
                {d.label}: {formats.day(d.next)} ({d.daysAway === 0 ? 'today' : `in ${d.daysAway} days`})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
