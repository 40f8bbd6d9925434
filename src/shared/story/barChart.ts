import { escapeHtml as e } from './escape';
import { textWidth } from './textWidth';

/**
 * A bar chart as static SVG for the printed story: no script, no external
 * resource, colours from the story's CSS classes. Plain or stacked bars, a label
 * on each bar, category labels thinned until they fit their slots, and every
 * label kept inside the drawing (clamped from its estimated width), so none is
 * clipped. The chart is an image for assistive technology (role="img" with a
 * summary); the numbers themselves are in the table printed beside it.
 */
export interface BarSeries {
  name: string;
  /** CSS class giving the fill (see storyCss: bar-*). */
  className: string;
  values: readonly number[];
}

export interface BarChartSpec {
  /** Category labels under the bars; `groups` (optional) a second, bolder line (years under months). */
  categories: readonly string[];
  groups?: readonly (string | null)[];
  series: readonly BarSeries[];
  /** The label over each bar (the stack's total when stacked). */
  barLabel(total: number): string;
  /** What the picture says, for assistive technology. */
  summary: string;
  legend?: boolean;
  width?: number;
  height?: number;
}

export const CHART_FONT = 10;
const LABEL_FONT = 9;
const PAD = 4;

/** x of a label's anchor (middle) so that the whole label lies within [PAD, width - PAD]. */
export function clampMiddle(x: number, labelWidth: number, width: number): number {
  const half = labelWidth / 2;
  return Math.min(Math.max(x, PAD + half), width - PAD - half);
}

const n = (v: number) => Math.round(v * 10) / 10;

export function barChartSvg(spec: BarChartSpec): string {
  const width = spec.width ?? 400;
  const height = spec.height ?? 170;
  const count = spec.categories.length;
  const totals = spec.categories.map((_, i) => spec.series.reduce((sum, s) => sum + s.values[i], 0));
  const legendHeight = spec.legend ? 18 : 0;
  const top = legendHeight + LABEL_FONT + 8;
  const bottom = height - CHART_FONT - 8 - (spec.groups ? CHART_FONT + 3 : 0);
  // The domain holds zero, so refunds (a negative quarter) hang below the line.
  const min = Math.min(0, ...totals);
  // All zero: the line at the bottom, as for any chart without negatives.
  const max = Math.max(0, ...totals, ...spec.series.flatMap((s) => s.values)) || (min < 0 ? 0 : 1);
  const span = max - min || 1;
  const negativeRoom = min < 0 ? LABEL_FONT + 4 : 0;
  const y = (v: number) => top + ((max - v) / span) * (bottom - top - negativeRoom);
  const slot = (width - 2 * PAD) / Math.max(1, count);
  const barWidth = Math.max(2, Math.min(slot * 0.62, 44));
  const parts: string[] = [];

  if (spec.legend) {
    let x = PAD;
    for (const s of spec.series) {
      parts.push(`<rect class="${s.className}" x="${n(x)}" y="4" width="9" height="9"/>`);
      parts.push(`<text x="${n(x + 13)}" y="12" font-size="${LABEL_FONT}">${e(s.name)}</text>`);
      x += 13 + textWidth(s.name, LABEL_FONT) + 12;
    }
  }
  parts.push(`<line class="chart-axis" x1="${PAD}" y1="${n(y(0))}" x2="${width - PAD}" y2="${n(y(0))}"/>`);

  const labels = spec.categories.map((c) => textWidth(c, CHART_FONT));
  // Every k-th category label, so neighbours never touch (the table has them all).
  const every = Math.max(1, Math.ceil((Math.max(0, ...labels) + 6) / slot));
  const barLabels = totals.map((t) => (t === 0 ? '' : spec.barLabel(t)));
  const barLabelsFit = barLabels.every((l) => textWidth(l, LABEL_FONT) <= slot - 2);

  for (let i = 0; i < count; i++) {
    const mid = PAD + slot * (i + 0.5);
    let base = 0;
    for (const s of spec.series) {
      const v = s.values[i];
      if (v === 0) continue;
      const y1 = y(Math.max(base, base + v));
      const y2 = y(Math.min(base, base + v));
      parts.push(`<rect class="${s.className}" x="${n(mid - barWidth / 2)}" y="${n(y1)}" width="${n(barWidth)}" height="${n(Math.max(1, y2 - y1))}"/>`);
      base += v;
    }
    if (barLabels[i] && (barLabelsFit || i % every === 0)) {
      const w = textWidth(barLabels[i], LABEL_FONT);
      const ly = totals[i] < 0 ? y(totals[i]) + LABEL_FONT + 2 : y(Math.max(0, totals[i])) - 3;
      parts.push(`<text class="bar-label" x="${n(clampMiddle(mid, w, width))}" y="${n(ly)}" font-size="${LABEL_FONT}" text-anchor="middle">${e(barLabels[i])}</text>`);
    }
    // The last category is labelled too when it has room after the previous label.
    const labelled = i % every === 0 || (i === count - 1 && (i % every) * slot >= (labels[i] + labels[i - (i % every)]) / 2 + 6);
    if (labelled) {
      parts.push(`<text class="category" x="${n(clampMiddle(mid, labels[i], width))}" y="${n(bottom + CHART_FONT + 4)}" font-size="${CHART_FONT}" text-anchor="middle">${e(spec.categories[i])}</text>`);
    }
    const group = spec.groups?.[i];
    if (group) {
      const w = textWidth(group, CHART_FONT, true);
      parts.push(`<text class="category-group" x="${n(clampMiddle(mid, w, width))}" y="${n(bottom + 2 * CHART_FONT + 7)}" font-size="${CHART_FONT}" font-weight="600" text-anchor="middle">${e(group)}</text>`);
    }
  }
  return `<svg class="chart-svg" role="img" aria-label="${e(spec.summary)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
