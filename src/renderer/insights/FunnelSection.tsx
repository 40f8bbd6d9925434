import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { funnelConversion, stageCounts, type Period } from '../../shared/insights/funnel';
import type { CustomerSummary } from '../../shared/insights/summary';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { STAGE_LABELS } from '../../shared/stages';
import { useFormats } from '../format/useFormats';
import { CHART_MARGIN, tooltipStyles } from './chartTheme';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** How many customers stand at each stage now, and how many moved on to the next path stage in the period. */
export function FunnelSection(props: {
  cards: readonly CustomerCard[];
  summaries: ReadonlyMap<string, CustomerSummary>;
  period: Period;
  periodLabel: string;
}) {
  const { cards, summaries, period } = props;
  const formats = useFormats();
  const counts = useMemo(() => stageCounts(cards, summaries), [cards, summaries]);
  const conversion = useMemo(() => funnelConversion(cards, period), [cards, period]);
  const data = useMemo(() => counts.map((c) => ({ name: c.label, stage: c.stage, count: c.count })), [counts]);

  return (
    <section className="panel insights-section" aria-labelledby="funnel-title">
      <h2 id="funnel-title">Stage funnel</h2>
      <div className="insights-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" height={50} tickLine={false} />
            <YAxis allowDecimals={false} tickLine={false} />
            <Tooltip {...tooltipStyles} />
            <Bar dataKey="count" name="Customers" className="series-primary" fill="#4f7cff" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="data-table" aria-label="Customers per stage">
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
              <td>{formats.value(c.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="conversion-title">Conversion, {props.periodLabel.toLowerCase()}</h3>
      <table className="data-table" aria-label="Conversion between stages">
        <thead>
          <tr>
            <th scope="col">From → to</th>
            <th scope="col">In stage</th>
            <th scope="col">Moved on</th>
            <th scope="col">Rate</th>
          </tr>
        </thead>
        <tbody>
          {conversion.map((c) => (
            <tr key={c.from} data-from={c.from}>
              <th scope="row">
                {STAGE_LABELS[c.from]} → {STAGE_LABELS[c.to]}
              </th>
              <td>{c.cohort}</td>
              <td>{c.converted}</td>
              <td>
                <span className="rate">
                  <span className="rate-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round((c.rate ?? 0) * 100)}%` }} />
                  </span>
                  {percent(c.rate)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        Of the customers who were at a stage during the period, how many reached the next path stage (or a later one) by its end.
      </p>
    </section>
  );
}
