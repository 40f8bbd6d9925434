import { useMemo } from 'react';
import { useFormats } from '../format/useFormats';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { sentimentOverTime } from '../../shared/insights/distribution';
import type { Period } from '../../shared/insights/funnel';
import type { Interaction, Sentiment } from '../../shared/model/schemas';
import { SENTIMENTS } from '../../shared/model/schemas';
import { SENTIMENT_LABELS } from '../interactions/labels';
import { CHART_MARGIN, tooltipStyles } from './chartTheme';

/** Fallback fills; insights.css sets the real ones per colour scheme. */
const FILL: Record<Sentiment, string> = { positive: '#16a34a', neutral: '#8b8b94', negative: '#dc2626' };

/** Interactions per month, stacked by sentiment, in the user's time zone. */
export function SentimentSection(props: { interactions: readonly Pick<Interaction, 'at' | 'sentiment'>[]; period: Period | undefined; timeZone: string }) {
  const { interactions, period, timeZone } = props;
  const buckets = useMemo(() => sentimentOverTime(interactions, { bucket: 'month', timeZone, period }), [interactions, period, timeZone]);
  const formats = useFormats();
  const data = useMemo(() => buckets.map((b) => ({ ...b, name: formats.month(b.start) })), [buckets, formats]);
  const totals = useMemo(() => {
    const t = { positive: 0, neutral: 0, negative: 0, all: 0 };
    for (const b of buckets) {
      t.positive += b.positive;
      t.neutral += b.neutral;
      t.negative += b.negative;
      t.all += b.total;
    }
    return t;
  }, [buckets]);

  return (
    <section className="panel wide insights-section" aria-labelledby="sentiment-title">
      <h2 id="sentiment-title">Sentiment over time</h2>
      {totals.all === 0 ? (
        <p className="empty small">No interactions in this period.</p>
      ) : (
        <>
          <ul className="chart-legend" aria-hidden="true">
            {SENTIMENTS.map((s) => (
              <li key={s}>
                <span className={`swatch swatch-${s}`} /> {SENTIMENT_LABELS[s]}
              </li>
            ))}
          </ul>
          <div className="insights-chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
                <CartesianGrid vertical={false} />
                <XAxis dataKey="name" tickLine={false} minTickGap={12} />
                <YAxis allowDecimals={false} tickLine={false} />
                <Tooltip {...tooltipStyles} />
                {SENTIMENTS.map((s) => (
                  <Bar key={s} dataKey={s} name={SENTIMENT_LABELS[s]} stackId="sentiment" className={`series-${s}`} fill={FILL[s]} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <p className="small muted" id="sentiment-summary">
            {totals.positive} positive, {totals.neutral} neutral, {totals.negative} negative interactions over {buckets.length}{' '}
            {buckets.length === 1 ? 'month' : 'months'}.
          </p>
          <table className="visually-hidden" aria-label="Interactions per month by sentiment">
            <thead>
              <tr>
                <th scope="col">Month</th>
                {SENTIMENTS.map((s) => (
                  <th scope="col" key={s}>
                    {SENTIMENT_LABELS[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((b) => (
                <tr key={b.key} data-month={b.key}>
                  <th scope="row">{b.name}</th>
                  <td>{b.positive}</td>
                  <td>{b.neutral}</td>
                  <td>{b.negative}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
