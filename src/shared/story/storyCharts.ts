import { escapeHtml as e } from './escape';
import { barChartSvg } from './barChart';
import { quarterLabel, type StoryStyle } from './storyFormat';
import type { StoryFigures } from './storyFigures';

/**
 * The story's charts: value by quarter, interaction cadence (per month) and the
 * sentiment trend (per quarter). Each is a <figure> holding the SVG (an image
 * with a one-sentence summary) and the same numbers as a real table, printed
 * beside it: readable by a screen reader in the HTML and the tagged PDF alike,
 * and exact where the bars are only a picture.
 */
function figure(id: string, title: string, svg: string, table: string, note?: string): string {
  return `<figure class="chart" id="${id}" aria-labelledby="${id}-title">
<figcaption id="${id}-title">${e(title)}</figcaption>
<div class="chart-body">${svg}${table}</div>${note ? `<p class="chart-note">${e(note)}</p>` : ''}
</figure>`;
}

function dataTable(id: string, caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table class="chart-data" id="${id}-data"><caption>${e(caption)}</caption>
<thead><tr>${head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr><th scope="row">${e(r[0])}</th>${r.slice(1).map((c) => `<td class="num">${e(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function range(first: string, last: string): string {
  return first === last ? first : `${first} to ${last}`;
}

export function valueChart(figures: StoryFigures, style: StoryStyle): string {
  const q = figures.valueByQuarter;
  const labels = q.map((x) => quarterLabel(x.key));
  const total = q.reduce((s, x) => s + x.minor, 0);
  const best = q.reduce((a, b) => (b.minor > a.minor ? b : a), q[0]);
  const summary =
    total === 0 && best.minor === 0
      ? `Value by quarter, ${range(labels[0], labels[labels.length - 1])}: no purchases.`
      : `Value by quarter, ${range(labels[0], labels[labels.length - 1])}: ${style.value(total)} in all, the most in ${quarterLabel(best.key)} (${style.value(best.minor)}).`;
  const svg = barChartSvg({
    categories: labels,
    series: [{ name: 'Value', className: 'bar-value', values: q.map((x) => x.minor) }],
    barLabel: (v) => style.compactValue(v),
    summary,
  });
  const table = dataTable('chart-value', 'Value by quarter', ['Quarter', 'Value'], q.map((x, i) => [labels[i], style.value(x.minor)]));
  return figure('chart-value', 'Value by quarter', svg, table, `Purchases in ${style.currency}, refunds subtracted.`);
}

export function cadenceChart(figures: StoryFigures, style: StoryStyle): string {
  const m = figures.cadenceByMonth;
  const total = m.reduce((s, x) => s + x.count, 0);
  const active = m.filter((x) => x.count > 0).length;
  const first = style.month(m[0].key, true);
  const last = style.month(m[m.length - 1].key, true);
  const summary = `Interactions per month, ${range(first, last)}: ${style.count(total)} in all, in ${active} of ${m.length} months.`;
  const svg = barChartSvg({
    categories: m.map((x) => style.month(x.key)),
    // The year under the first month and under each January.
    groups: m.map((x, i) => (i === 0 || x.key.endsWith('-01') ? x.key.slice(0, 4) : null)),
    series: [{ name: 'Interactions', className: 'bar-cadence', values: m.map((x) => x.count) }],
    barLabel: (v) => style.count(v),
    summary,
  });
  const table = dataTable('chart-cadence', 'Interactions per month', ['Month', 'Interactions'], m.map((x) => [style.month(x.key, true), style.count(x.count)]));
  return figure('chart-cadence', 'Interaction cadence', svg, table);
}

export function sentimentChart(figures: StoryFigures, style: StoryStyle): string {
  const q = figures.sentimentByQuarter;
  const labels = q.map((x) => quarterLabel(x.key));
  const sum = (k: 'positive' | 'neutral' | 'negative') => q.reduce((s, x) => s + x[k], 0);
  const [positive, neutral, negative] = [sum('positive'), sum('neutral'), sum('negative')];
  const latest = [...q].reverse().find((x) => x.positive + x.neutral + x.negative > 0);
  const summary =
    positive + neutral + negative === 0
      ? `Sentiment by quarter, ${range(labels[0], labels[labels.length - 1])}: no interactions.`
      : `Sentiment by quarter, ${range(labels[0], labels[labels.length - 1])}: ${positive} positive, ${neutral} neutral and ${negative} negative interactions${latest ? `; in ${quarterLabel(latest.key)}, ${latest.positive} positive and ${latest.negative} negative` : ''}.`;
  const svg = barChartSvg({
    categories: labels,
    series: [
      { name: 'Positive', className: 'bar-positive', values: q.map((x) => x.positive) },
      { name: 'Neutral', className: 'bar-neutral', values: q.map((x) => x.neutral) },
      { name: 'Negative', className: 'bar-negative', values: q.map((x) => x.negative) },
    ],
    barLabel: (v) => style.count(v),
    summary,
    legend: true,
  });
  const table = dataTable(
    'chart-sentiment',
    'Sentiment by quarter',
    ['Quarter', 'Positive', 'Neutral', 'Negative'],
    q.map((x, i) => [labels[i], style.count(x.positive), style.count(x.neutral), style.count(x.negative)]),
  );
  return figure('chart-sentiment', 'Sentiment trend', svg, table);
}

/** The "Figures" section: the three charts, each with its data. */
export function chartsSection(figures: StoryFigures, style: StoryStyle): string {
  return `<section class="charts"><h2>Figures</h2>
${valueChart(figures, style)}
${cadenceChart(figures, style)}
${sentimentChart(figures, style)}
</section>`;
}
