import { escapeHtml as e } from './escape';
import { STAGE_LABELS, STAGES, type Stage } from '../stages';
import type { StageEntry } from '../model/schemas';
import { clampMiddle } from './barChart';
import { shiftMonth, type StoryStyle } from './storyFormat';
import { textWidth } from './textWidth';

/** One stay in a stage: from its move to the next move (or today), with calendar days. */
export interface JourneyPeriod {
  stage: Stage;
  from: number;
  to: number;
  days: number;
  by: string;
  current: boolean;
}

/**
 * The stage history as periods. Before the first recorded move (cards imported
 * with a later first stage) the customer counts as a Prospect from its creation,
 * as readCard does when there is no history at all.
 */
export function journeyPeriods(history: readonly StageEntry[], createdAt: number, now: number, style: StoryStyle): JourneyPeriod[] {
  const entries: StageEntry[] = [...history];
  if (entries.length === 0) entries.push({ stage: 'prospect', at: createdAt, by: '' });
  else if (entries[0].at > createdAt && entries[0].stage !== 'prospect') entries.unshift({ stage: 'prospect', at: createdAt, by: '' });
  return entries.map((entry, i) => {
    const next = entries[i + 1];
    const to = next ? next.at : Math.max(now, entry.at);
    return { stage: entry.stage, from: entry.at, to, by: entry.by, current: !next, days: Math.max(0, style.calendar.dayOf(to) - style.calendar.dayOf(entry.at)) };
  });
}

export function daysText(days: number, style: StoryStyle): string {
  return days === 1 ? '1 day' : `${style.count(days)} days`;
}

const WIDTH = 672;
const LABEL_COLUMN = 112;
const DAYS_COLUMN = 78;
const ROW = 22;
const FONT = 10;
const PLOT_LEFT = LABEL_COLUMN + 6;
const PLOT_RIGHT = WIDTH - DAYS_COLUMN - 6;

interface Tick {
  at: number;
  label: string;
}

/** Month starts every `step` months from `first` (a YYYY-MM) up to `end`, in the viewer's zone. */
function monthTicks(first: string, step: number, end: number, style: StoryStyle, yearsOnly: boolean): Tick[] {
  const ticks: Tick[] = [];
  for (let key = first; ; key = shiftMonth(key, step)) {
    const at = style.calendar.startOf(`${key}-01`);
    if (at > end) break;
    ticks.push({ at, label: yearsOnly ? key.slice(0, 4) : style.month(key, true) });
  }
  return ticks;
}

/** Axis ticks at calendar boundaries (months, quarters, years), as many as fit without touching. */
function axisTicks(start: number, end: number, style: StoryStyle, x: (t: number) => number): Tick[] {
  const spanDays = (end - start) / 86_400_000;
  const startMonth = style.calendar.dateOf(start).slice(0, 7);
  const firstMonth = shiftMonth(startMonth, 1);
  const quarterStart = shiftMonth(firstMonth, (3 - ((Number(firstMonth.slice(5)) - 1) % 3)) % 3);
  const yearStart = `${Number(startMonth.slice(0, 4)) + 1}-01`;
  const candidates =
    spanDays <= 200
      ? [monthTicks(firstMonth, 1, end, style, false), monthTicks(quarterStart, 3, end, style, false)]
      : spanDays <= 3 * 365
        ? [monthTicks(quarterStart, 3, end, style, false), monthTicks(quarterStart, 6, end, style, false), monthTicks(yearStart, 12, end, style, true)]
        : [monthTicks(yearStart, 12, end, style, true), monthTicks(yearStart, 24, end, style, true), monthTicks(yearStart, 60, end, style, true)];
  for (const ticks of candidates) {
    const fits = ticks.every((t, i) => i === 0 || x(t.at) - x(ticks[i - 1].at) >= (textWidth(t.label, FONT) + textWidth(ticks[i - 1].label, FONT)) / 2 + 8);
    if (fits) return ticks;
  }
  return candidates[candidates.length - 1].filter((_, i) => i % 2 === 0);
}

/**
 * The journey on a real time axis: one row per stage the customer has been in
 * (path order, then the side states), a bar for every stay, the days in that
 * stage at the row's end, calendar ticks below. Labels sit in their own columns
 * or are clamped inside the drawing, so none is clipped; the table that follows
 * the drawing holds the same history in words.
 */
export function journeySvg(periods: readonly JourneyPeriod[], style: StoryStyle, summary: string): string {
  if (periods.length === 0) return '<p class="muted">No stage history.</p>';
  const stages = STAGES.filter((s) => periods.some((p) => p.stage === s));
  const start = periods[0].from;
  const end = Math.max(periods[periods.length - 1].to, start + 86_400_000);
  const x = (t: number) => PLOT_LEFT + ((t - start) / (end - start)) * (PLOT_RIGHT - PLOT_LEFT);
  const height = stages.length * ROW + 34;
  const axisY = stages.length * ROW + 6;
  const parts: string[] = [];
  // A journey shorter than a month has no calendar tick in it: its first day is labelled instead.
  const calendarTicks = axisTicks(start, end, style, x);
  const ticks = calendarTicks.length > 0 ? calendarTicks : [{ at: start, label: style.day(start) }];
  for (const t of ticks) parts.push(`<line class="journey-grid" x1="${r(x(t.at))}" y1="2" x2="${r(x(t.at))}" y2="${axisY + 4}"/>`);
  parts.push(`<line class="chart-axis" x1="${PLOT_LEFT}" y1="${axisY}" x2="${PLOT_RIGHT}" y2="${axisY}"/>`);
  stages.forEach((stage, row) => {
    const cy = 6 + row * ROW + ROW / 2;
    const label = STAGE_LABELS[stage];
    parts.push(`<text class="journey-stage" x="${LABEL_COLUMN}" y="${cy + 3.5}" font-size="${FONT}" font-weight="600" text-anchor="end">${e(label)}</text>`);
    let days = 0;
    for (const p of periods) {
      if (p.stage !== stage) continue;
      days += p.days;
      const x1 = x(p.from);
      const w = Math.max(2.5, x(p.to) - x1);
      parts.push(`<rect class="stage-${stage}${p.current ? ' current' : ''}" x="${r(Math.min(x1, PLOT_RIGHT - w))}" y="${cy - 6}" width="${r(w)}" height="12" rx="2"/>`);
    }
    parts.push(`<text class="journey-days" x="${WIDTH - 2}" y="${cy + 3.5}" font-size="${FONT}" text-anchor="end">${e(daysText(days, style))}</text>`);
  });
  for (const t of ticks) {
    const w = textWidth(t.label, FONT);
    parts.push(`<text class="journey-tick" x="${r(clampMiddle(x(t.at), w, WIDTH))}" y="${axisY + 16}" font-size="${FONT}" text-anchor="middle">${e(t.label)}</text>`);
  }
  return `<svg class="journey-graphic" role="img" aria-label="${e(summary)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

const r = (v: number) => Math.round(v * 10) / 10;
