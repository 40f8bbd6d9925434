import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { funnelConversion, stageCounts } from '../../shared/insights/funnel';
import { sentimentOverTime, valueByTier } from '../../shared/insights/distribution';
import { atRiskHighValue } from '../../shared/insights/summary';
import { STAGE_LABELS } from '../../shared/stages';
import { useInsights } from './useInsights';
import { routeHref } from '../app/router';
import { money } from '../interactions/labels';
import { HealthBadge } from '../ui/HealthBadge';
import './insights.css';

const DAY = 86_400_000;
const PERIODS = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 12 months' },
  { days: 0, label: 'All time' },
];
/** Colours that read on light and dark backgrounds alike. */
const COLORS = { positive: '#16a34a', neutral: '#8b8b94', negative: '#dc2626', bar: '#4f7cff', A: '#16a34a', B: '#4f7cff', C: '#8b8b94' };
const axis = { stroke: 'currentColor', fontSize: 12 };
const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** Insights: the stage funnel and conversion, value by tier, sentiment over time, valuable customers at risk. */
export function InsightsPage() {
  const { cards, inputs, summaries, settings, now, timeZone, partial } = useInsights();
  const [periodDays, setPeriodDays] = useState(90);
  const period = useMemo(() => ({ from: periodDays ? now - periodDays * DAY : 0, to: now }), [periodDays, now]);
  const counts = useMemo(() => stageCounts(cards, summaries.byId), [cards, summaries]);
  const conversion = useMemo(() => funnelConversion(cards, period), [cards, period]);
  const tiers = useMemo(() => valueByTier(cards, summaries.byId), [cards, summaries]);
  const sentiment = useMemo(
    () => sentimentOverTime(inputs.flatMap((i) => i.interactions), { bucket: 'month', timeZone, period: periodDays ? period : undefined }),
    [inputs, timeZone, period, periodDays],
  );
  const atRisk = useMemo(() => atRiskHighValue(cards, summaries.byId, settings), [cards, summaries, settings]);

  if (cards.length === 0) {
    return (
      <section className="view">
        <h1>Insights</h1>
        <p className="empty">Insights appear once you have customers and log interactions with them.</p>
      </section>
    );
  }

  return (
    <section className="view insights-view" aria-labelledby="insights-title">
      <header className="view-header">
        <h1 id="insights-title">Insights</h1>
        {partial && (
          <span className="muted small" role="status" aria-label="Insights updating">
            Updating figures…
          </span>
        )}
        <div className="spacer" />
        <label className="small">
          Period{' '}
          <select aria-label="Period" value={periodDays} onChange={(e) => setPeriodDays(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p.days} value={p.days}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="insights-grid">
        <section className="panel" role="region" aria-label="Stage funnel">
          <h2>Where customers stand</h2>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={counts.map((c) => ({ name: c.label, count: c.count }))} margin={{ left: -20 }}>
                <CartesianGrid strokeOpacity={0.15} vertical={false} />
                <XAxis dataKey="name" tick={axis} interval={0} angle={-20} textAnchor="end" height={50} />
                <YAxis allowDecimals={false} tick={axis} />
                <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
                <Bar dataKey="count" fill={COLORS.bar} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="data-table">
            <caption className="visually-hidden">Customers per stage</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Customers</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.stage} data-stage={c.stage}>
                  <th scope="row">{c.label}</th>
                  <td>{c.count}</td>
                  <td>{money.format(c.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Conversion ({PERIODS.find((p) => p.days === periodDays)?.label.toLowerCase()})</h3>
          <table className="data-table" aria-label="Conversion between stages">
            <thead>
              <tr>
                <th scope="col">From → to</th>
                <th scope="col">Of</th>
                <th scope="col">Moved on</th>
                <th scope="col">Rate</th>
              </tr>
            </thead>
            <tbody>
              {conversion.map((c) => (
                <tr key={c.from}>
                  <th scope="row">
                    {STAGE_LABELS[c.from]} → {STAGE_LABELS[c.to]}
                  </th>
                  <td>{c.cohort}</td>
                  <td>{c.converted}</td>
                  <td>{percent(c.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel" role="region" aria-label="Value by tier">
          <h2>Value by tier</h2>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={200}>
              <BarChart data={tiers.map((t) => ({ name: `Tier ${t.tier}`, value: t.totalValue, tier: t.tier }))} margin={{ left: 10 }}>
                <CartesianGrid strokeOpacity={0.15} vertical={false} />
                <XAxis dataKey="name" tick={axis} />
                <YAxis tick={axis} tickFormatter={(v: number) => (v >= 1000 ? `${Math.round(v / 1000)}k` : String(v))} />
                <Tooltip formatter={(v) => money.format(Number(v))} contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
                <Bar dataKey="value" fill={COLORS.bar} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="data-table">
            <caption className="visually-hidden">Customers and value per tier</caption>
            <thead>
              <tr>
                <th scope="col">Tier</th>
                <th scope="col">Customers</th>
                <th scope="col">Value</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((t) => (
                <tr key={t.tier} data-tier={t.tier}>
                  <th scope="row">Tier {t.tier}</th>
                  <td>{t.customers}</td>
                  <td>{money.format(t.totalValue)}</td>
                  <td>{Math.round(t.valueShare * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel wide" role="region" aria-label="Sentiment over time">
          <h2>Sentiment over time</h2>
          {sentiment.length === 0 ? (
            <p className="empty small">No interactions in this period.</p>
          ) : (
            <>
              <div className="chart" aria-hidden="true">
                <ResponsiveContainer width="100%" height={240}>
                  <BarChart data={sentiment.map((b) => ({ name: b.key, positive: b.positive, neutral: b.neutral, negative: b.negative }))} margin={{ left: -20 }}>
                    <CartesianGrid strokeOpacity={0.15} vertical={false} />
                    <XAxis dataKey="name" tick={axis} />
                    <YAxis allowDecimals={false} tick={axis} />
                    <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
                    <Legend />
                    <Bar dataKey="positive" stackId="s" fill={COLORS.positive} isAnimationActive={false} />
                    <Bar dataKey="neutral" stackId="s" fill={COLORS.neutral} isAnimationActive={false} />
                    <Bar dataKey="negative" stackId="s" fill={COLORS.negative} isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <p className="small muted" aria-label="Sentiment summary">
                {sentiment.reduce((n, b) => n + b.positive, 0)} positive, {sentiment.reduce((n, b) => n + b.neutral, 0)} neutral,{' '}
                {sentiment.reduce((n, b) => n + b.negative, 0)} negative interactions over {sentiment.length} months.
              </p>
            </>
          )}
        </section>
        <section className="panel wide" role="region" aria-label="At risk, high value">
          <h2>At risk, high value ({atRisk.length})</h2>
          {atRisk.length === 0 ? (
            <p className="empty small">No valuable customer is drifting away.</p>
          ) : (
            <ul className="today-list">
              {atRisk.slice(0, 50).map(({ card, summary }) => (
                <li key={card.id}>
                  <HealthBadge health={summary.health} compact />
                  <div>
                    <a href={routeHref({ view: 'customer', id: card.id })}>{card.name}</a> <span className="muted small">· {card.company}</span>
                    <div className="small muted">{summary.health.reasons.map((r) => r.text).join(' · ')}</div>
                  </div>
                  <span className="small">Tier {summary.tier}</span>
                  <span className="small">{money.format(summary.ltv)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
