import { useMemo, useState } from 'react';
import { atRiskHighValue } from '../../shared/insights/summary';
import { routeHref } from '../app/router';
import { AtRiskSection } from './AtRiskSection';
import { FunnelSection } from './FunnelSection';
import { DEFAULT_PERIOD_DAYS, PERIODS, periodEndingAt, periodLabel } from './periods';
import { SentimentSection } from './SentimentSection';
import { TierSection } from './TierSection';
import { useDerivedProgress, useInsights } from './useInsights';
import './insights.css';

/**
 * Insights: the stage funnel and conversion over a period, value by tier,
 * sentiment over time, and valuable customers at risk. Every figure is computed
 * on this device from the cards and the background-built digests; while those
 * are still being built the view says so (aria-busy, a status line).
 */
export function InsightsView() {
  const { cards, inputs, summaries, settings, now, timeZone, partial } = useInsights();
  const progress = useDerivedProgress();
  const [days, setDays] = useState<number>(DEFAULT_PERIOD_DAYS);
  const period = useMemo(() => periodEndingAt(now, days), [now, days]);
  // The funnel needs both ends; "all time" starts at the epoch.
  const funnelPeriod = useMemo(() => period ?? { from: 0, to: now }, [period, now]);
  const active = useMemo(() => cards.filter((c) => !c.archived), [cards]);
  const interactions = useMemo(() => inputs.filter((i) => !i.card.archived).flatMap((i) => i.interactions), [inputs]);
  const atRisk = useMemo(() => atRiskHighValue(cards, summaries.byId, settings), [cards, summaries, settings]);

  return (
    <section className="view insights-view" aria-labelledby="insights-title" aria-busy={partial}>
      <header className="view-header">
        <h1 id="insights-title">Insights</h1>
        <span className="muted small" role="status" aria-label="Insights progress">
          {partial ? (progress ? `Updating figures… ${progress.done} of ${progress.total} customers read` : 'Updating figures…') : ''}
        </span>
        <div className="spacer" />
        <label className="small insights-period">
          Period
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p.days} value={p.days}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      {active.length === 0 ? (
        <div className="empty-state">
          <p>Insights appear once you have customers and log interactions with them.</p>
          <a href={routeHref({ view: 'customers' })}>Go to Customers</a>
        </div>
      ) : (
        <div className="insights-grid">
          <FunnelSection cards={cards} summaries={summaries.byId} period={funnelPeriod} periodLabel={periodLabel(days)} />
          <TierSection cards={cards} summaries={summaries.byId} />
          <SentimentSection interactions={interactions} period={period} timeZone={timeZone} />
          <AtRiskSection entries={atRisk} />
        </div>
      )}
    </section>
  );
}
