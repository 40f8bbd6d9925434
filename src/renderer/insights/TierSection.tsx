import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { valueByTier } from '../../shared/insights/distribution';
import type { CustomerSummary } from '../../shared/insights/summary';
import type { Tier } from '../../shared/model/schemas';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { routeHref } from '../app/router';
import { useFormats } from '../format/useFormats';
import { CHART_MARGIN, tooltipStyles } from './chartTheme';

/** Fallback fills; insights.css sets the real ones per colour scheme. */
const FILL = { A: '#16a34a', B: '#4f7cff', C: '#8b8b94' } as const;
const TOP = 5;

/** The most valuable customers of each tier, so a figure leads to the people behind it. */
function topByTier(cards: readonly CustomerCard[], summaries: ReadonlyMap<string, CustomerSummary>) {
  const out: Record<Tier, { card: CustomerCard; ltv: number }[]> = { A: [], B: [], C: [] };
  for (const card of cards) {
    const s = summaries.get(card.id);
    if (s && !card.archived) out[s.tier].push({ card, ltv: s.ltv });
  }
  for (const list of Object.values(out)) list.sort((a, b) => b.ltv - a.ltv || a.card.name.localeCompare(b.card.name));
  return out;
}

/** Value distribution by tier: A = top share by lifetime value, then B, then C (overrides applied). */
export function TierSection(props: { cards: readonly CustomerCard[]; summaries: ReadonlyMap<string, CustomerSummary> }) {
  const formats = useFormats();
  const tiers = useMemo(() => valueByTier(props.cards, props.summaries), [props.cards, props.summaries]);
  const data = useMemo(() => tiers.map((t) => ({ name: `Tier ${t.tier}`, tier: t.tier, value: t.totalValue })), [tiers]);
  const top = useMemo(() => topByTier(props.cards, props.summaries), [props.cards, props.summaries]);
  const total = tiers.reduce((n, t) => n + t.totalValue, 0);

  return (
    <section className="panel insights-section" aria-labelledby="tiers-title">
      <h2 id="tiers-title">Value by tier</h2>
      <div className="insights-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={data} margin={{ ...CHART_MARGIN, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="name" tickLine={false} />
            <YAxis tickFormatter={(v: number) => formats.compactValue(v)} tickLine={false} />
            <Tooltip {...tooltipStyles} formatter={(v) => formats.value(Number(v))} />
            <Bar dataKey="value" name="Value" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.tier} className={`series-tier-${d.tier}`} fill={FILL[d.tier]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="data-table" aria-label="Customers and value per tier">
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
              <td>{formats.value(t.totalValue)}</td>
              <td>{Math.round(t.valueShare * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="tier-tops">
        {tiers.map((t) => (
          <div key={t.tier}>
            <h3 id={`tier-top-${t.tier}`}>Top of tier {t.tier}</h3>
            {top[t.tier].length === 0 ? (
              <p className="small muted">Nobody yet.</p>
            ) : (
              <ol className="tier-top" aria-labelledby={`tier-top-${t.tier}`}>
                {top[t.tier].slice(0, TOP).map(({ card, ltv }) => (
                  <li key={card.id}>
                    <a href={routeHref({ view: 'customer', id: card.id })}>{card.name || '(no name)'}</a>
                    <span className="small muted">{formats.value(ltv)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </div>
      {total === 0 && <p className="empty small">No purchases logged yet: every customer is worth the same so far.</p>}
    </section>
  );
}
