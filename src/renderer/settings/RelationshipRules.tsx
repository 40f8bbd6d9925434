import { settingsMap } from '../../shared/model/workspaceDoc';
import { insightSettingsSchema } from '../../shared/insights/settings';
import { STAGE_IDLE_MEASURE } from '../../shared/insights/idle';
import { STAGES, STAGE_LABELS, type Stage } from '../../shared/stages';
import { tierSchema, type Tier } from '../../shared/model/schemas';
import { useSession } from '../workspace/SessionContext';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useInsightSettings } from '../insights/useInsights';

/**
 * Workspace rules for the relationship views: how long a customer may sit in a
 * stage before the board flags it, and the contact cadence by tier. Stored in
 * the workspace doc (shared by the team); unknown keys are kept.
 */
export function RelationshipRules() {
  const session = useSession();
  const settings = useInsightSettings();

  const update = (patch: Record<string, unknown>) => {
    const map = settingsMap(session.doc);
    const raw = map.get('insights');
    const current = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    const next: Record<string, unknown> = { ...current, ...patch };
    // undefined in a patch removes the key (an old setting this one replaces).
    for (const key of Object.keys(patch)) if (patch[key] === undefined) delete next[key];
    if (!insightSettingsSchema.safeParse(next).success) return;
    session.doc.transact(() => map.set('insights', next), LOCAL_ORIGIN);
  };

  const setIdle = (stage: Stage, value: string) => {
    const days = value === '' ? null : Math.max(0, Math.round(Number(value)));
    if (days !== null && !Number.isFinite(days)) return;
    update({ stageIdleDays: { ...settings.stageIdleDays, [stage]: days } });
  };

  // Every tier written out: what the fields show is what is stored, and an old
  // workspace's single default cadence (defaultCadenceDays) stops counting.
  const setCadence = (tier: Tier, value: string) => {
    const days = value === '' ? null : Math.max(1, Math.round(Number(value)));
    if (days !== null && !Number.isFinite(days)) return;
    update({ cadenceByTier: { ...settings.cadenceByTier, [tier]: days }, defaultCadenceDays: undefined });
  };

  return (
    <section className="panel" aria-labelledby="rules-title">
      <h2 id="rules-title">Relationship rules</h2>
      <p className="hint">
        A board card is flagged idle after this many days (empty: never): days in the stage for a prospect, a first buyer or a customer at risk;
        days without a touch for repeat customers, loyalists and advocates, or their own contact cadence when they have one.
      </p>
      <div className="rules-grid">
        {STAGES.map((stage) => (
          <label key={stage}>
            <span>{STAGE_LABELS[stage]}</span>
            <input
              type="number"
              min={0}
              aria-label={`Idle after (days): ${STAGE_LABELS[stage]}`}
              value={settings.stageIdleDays[stage] ?? ''}
              onChange={(e) => setIdle(stage, e.target.value)}
            />
            <span className="hint">{STAGE_IDLE_MEASURE[stage] === 'in_stage' ? 'in the stage' : 'without a touch'}</span>
          </label>
        ))}
      </div>
      <h3>Contact cadence</h3>
      <p className="hint">
        A customer without a cadence of their own is losing touch after this many days without a touch, by their tier (empty: only customers
        with their own cadence).
      </p>
      <div className="rules-grid">
        {tierSchema.options.map((tier) => (
          <label key={tier}>
            <span>Cadence for tier {tier}</span>
            <input
              type="number"
              min={1}
              aria-label={`Cadence for tier ${tier}`}
              value={settings.cadenceByTier[tier] ?? ''}
              onChange={(e) => setCadence(tier, e.target.value)}
            />
            <span className="hint">days</span>
          </label>
        ))}
      </div>
    </section>
  );
}
