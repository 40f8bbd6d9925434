import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCustomerCard, moveToStage } from '../model/workspaceDoc';
import { putFollowUp, putInteraction, setProfileField } from '../model/customerDoc';
import { createNotebook } from '../notebook/headless';
import { setWorkspaceFormat } from '../model/workspaceFormat';
import { storyInputFromDocs } from './storyInput';
import { storyStyle } from './storyFormat';
import { storyFigures } from './storyFigures';
import { journeyPeriods } from './journeySvg';
import { renderStoryHtml } from './storyHtml';
import { MAIN_LOG_LIMIT } from './storyInteractions';
import { textWidth } from './textWidth';

const NOW = Date.UTC(2026, 10, 22, 10);
const DAY = 86_400_000;

function customer(options: { interactions?: number } = {}) {
  const workspace = new Y.Doc();
  setWorkspaceFormat(workspace, { currency: 'EUR', locale: 'en-GB' });
  addCustomerCard(workspace, 'c1', { name: 'Ada', company: 'Engines', owner: 'Alex', createdAt: Date.UTC(2025, 0, 10, 9) });
  moveToStage(workspace, 'c1', 'first_purchase', 'Alex', Date.UTC(2025, 2, 1, 9));
  moveToStage(workspace, 'c1', 'at_risk', 'Sam', Date.UTC(2025, 5, 1, 9));
  moveToStage(workspace, 'c1', 'loyalist', 'Alex', Date.UTC(2025, 5, 11, 9));
  const doc = new Y.Doc();
  createNotebook(doc, 'Notes');
  setProfileField(doc, 'importantDates', [
    { label: 'Birthday', date: '1980-12-10' },
    { label: 'Renewal', date: '2027-03-31' },
  ]);
  putInteraction(doc, 'p1', { kind: 'purchase', at: '2026-02-10', summary: 'Mill', sentiment: 'positive', amount: { minor: 120_000, currency: 'EUR' }, author: 'Alex' });
  putInteraction(doc, 'p2', { kind: 'purchase', at: '2026-03-20', summary: 'Parts', sentiment: 'neutral', amount: { minor: 30_000, currency: 'EUR' }, author: 'Alex' });
  putInteraction(doc, 'r1', { kind: 'purchase', at: '2026-03-25', summary: 'Refund', sentiment: 'negative', amount: { minor: -10_000, currency: 'EUR' }, author: 'Alex' });
  putInteraction(doc, 'u1', { kind: 'purchase', at: '2026-08-01', summary: 'In dollars', sentiment: 'neutral', amount: { minor: 99_900, currency: 'USD' }, author: 'Alex' });
  putInteraction(doc, 'o1', { kind: 'purchase', at: '2025-04-02', summary: 'Old order', sentiment: 'positive', amount: { minor: 50_000, currency: 'EUR' }, author: 'Alex' });
  putInteraction(doc, 'c1', { kind: 'call', at: '2026-10-30T10:00+01:00', summary: 'Call', sentiment: 'negative', amount: null, author: 'Alex' });
  for (let i = 0; i < (options.interactions ?? 0); i++)
    putInteraction(doc, `n${String(i).padStart(3, '0')}`, { kind: 'note', at: NOW - (i + 40) * DAY, summary: `Note number ${i}`, sentiment: 'neutral', amount: null, author: 'Alex' });
  putFollowUp(doc, 'f1', { due: '2026-12-01', text: 'Later', assignee: 'Alex', done: false });
  putFollowUp(doc, 'f2', { due: '2026-11-01', text: 'Overdue', assignee: 'Alex', done: false });
  putFollowUp(doc, 'f3', { due: '2026-10-01', text: 'Done', assignee: 'Alex', done: true });
  return storyInputFromDocs(workspace, doc, 'c1', { now: NOW, timeZone: 'Europe/London' });
}

describe('story figures', () => {
  it('computes the tiles, the charts’ series and the follow-ups from the customer’s lists', () => {
    const input = customer();
    const style = storyStyle(input.format, input.timeZone, NOW);
    const f = storyFigures(input, style);
    // Since 22 Nov 2025: 1,200 + 300 - 100 (the refund); the dollar purchase is left out of the value.
    expect(f.last12Months).toEqual({ minor: 140_000, purchases: 3 });
    expect(f.purchases).toBe(4);
    expect(f.daysSinceTouch).toBe(23);
    expect(f.interactions90Days).toBe(1);
    expect(f.nextDate).toMatchObject({ label: 'Birthday', next: '2026-12-10', daysAway: 18 });
    expect(f.openFollowUps.map((x) => [x.text, x.status.status, x.status.daysOverdue])).toEqual([
      ['Overdue', 'overdue', 21],
      ['Later', 'upcoming', -9],
    ]);
    // Quarters since the customer's first (Q1 2025), at most eight, up to this one.
    expect(f.valueByQuarter.map((q) => q.key)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(f.valueByQuarter.find((q) => q.key === '2026-Q1')!.minor).toBe(140_000);
    expect(f.valueByQuarter.find((q) => q.key === '2025-Q2')!.minor).toBe(50_000);
    expect(f.valueByQuarter.find((q) => q.key === '2026-Q3')!.minor).toBe(0);
    expect(f.cadenceByMonth.map((m) => m.key)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(f.cadenceByMonth.map((m) => m.count)).toEqual([0, 0, 1, 2, 0, 0, 0, 0, 1, 0, 1, 0]);
    expect(f.sentimentByQuarter.find((q) => q.key === '2026-Q1')).toEqual({ key: '2026-Q1', positive: 1, neutral: 1, negative: 1 });
  });

  it('the journey: periods on the real calendar, with the days in each stage', () => {
    const input = customer();
    const style = storyStyle(input.format, input.timeZone, NOW);
    const periods = journeyPeriods(input.card.stageHistory, input.card.createdAt, NOW, style);
    expect(periods.map((p) => [p.stage, p.days, p.current])).toEqual([
      ['prospect', 50, false],
      ['first_purchase', 92, false],
      ['at_risk', 10, false],
      ['loyalist', 529, true],
    ]);
    const html = renderStoryHtml(input, { sections: ['journey'] });
    // Bars start where their dates fall on the axis: x grows with time, in proportion.
    const xs = [...html.matchAll(/<rect class="stage-(\w+)[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ stage: m[1], x: Number(m[2]), width: Number(m[3]) }));
    expect(xs.map((b) => b.stage)).toEqual(['prospect', 'first_purchase', 'loyalist', 'at_risk']);
    const perDay = xs[0].width / 50;
    expect(xs[1].width / 92).toBeCloseTo(perDay, 1);
    expect(xs[2].width / 529).toBeCloseTo(perDay, 1);
    expect(html).toContain('<th scope="row">At risk</th><td>1 Jun 2025</td><td>11 Jun 2025</td><td class="num">10 days</td><td>Sam</td>');
    expect(html).toContain('<td>today</td><td class="num">529 days</td>');
    expect(html).toMatch(/role="img" aria-label="Stage history from 10 Jan 2025 to today: Prospect 50 days, First purchase 92 days, At risk 10 days, Loyalist 529 days\."/);
  });
});

describe('story charts and their data', () => {
  it('draws each chart as SVG in a figure, with the same numbers in a table', () => {
    const html = renderStoryHtml(customer());
    const figures = [...html.matchAll(/<figure class="chart" id="(chart-\w+)" aria-labelledby="\1-title">([\s\S]*?)<\/figure>/g)];
    expect(figures.map((f) => f[1])).toEqual(['chart-value', 'chart-cadence', 'chart-sentiment']);
    for (const [, id, body] of figures) {
      expect(body).toContain(`<figcaption id="${id}-title">`);
      expect(body).toMatch(/<svg class="chart-svg" role="img" aria-label="[^"]+"/);
      expect(body).toMatch(/<table class="chart-data" id="[\w-]+"><caption>[^<]+<\/caption>/);
      // Self-contained: no script, no link to anything.
      expect(body).not.toMatch(/<script|href=|xlink|url\(/);
    }
    const [value, cadence, sentiment] = figures.map((f) => f[2]);
    expect(value).toContain('<tr><th scope="row">Q1 2026</th><td class="num">€1,400.00</td></tr>');
    expect(value).toContain('<tr><th scope="row">Q3 2026</th><td class="num">€0.00</td></tr>');
    expect(value).toContain('>€1.4k</text>');
    expect(value).toContain('aria-label="Value by quarter, Q1 2025 to Q4 2026: €1,900.00 in all, the most in Q1 2026 (€1,400.00)."');
    expect(cadence).toContain('<tr><th scope="row">Mar 2026</th><td class="num">2</td></tr>');
    expect(cadence.match(/<tr><th scope="row">/g)).toHaveLength(12);
    expect(sentiment).toContain('<thead><tr><th scope="col">Quarter</th><th scope="col" class="num">Positive</th><th scope="col" class="num">Neutral</th><th scope="col" class="num">Negative</th></tr></thead>');
    expect(sentiment).toContain('<tr><th scope="row">Q1 2026</th><td class="num">1</td><td class="num">1</td><td class="num">1</td></tr>');
  });

  it('keeps every label inside its drawing, as far as the font metrics tell', () => {
    const html = renderStoryHtml(customer({ interactions: 30 }));
    for (const [, width, svg] of html.matchAll(/<svg [^>]*viewBox="0 0 (\d+) \d+"[^>]*>([\s\S]*?)<\/svg>/g)) {
      for (const [, x, size, weight, anchor, text] of svg.matchAll(/<text [^>]*?x="([\d.]+)"[^>]*? font-size="(\d+)"(?: font-weight="(\d+)")?(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g)) {
        const w = textWidth(text.replace(/&amp;/g, '&'), Number(size), weight !== undefined);
        const left = anchor === 'middle' ? Number(x) - w / 2 : anchor === 'end' ? Number(x) - w : Number(x);
        expect([text, left >= 0 && left + w <= Number(width)]).toEqual([text, true]);
      }
    }
  });
});

describe('story templates and the interaction log', () => {
  it('an account review leads with the summary and the charts; a handover with contacts, follow-ups and what matters', () => {
    const input = customer();
    const review = renderStoryHtml(input, { template: 'accountReview' });
    const handover = renderStoryHtml(input, { template: 'handover' });
    const order = (html: string) => [...html.matchAll(/<section class="(\w+)">/g)].map((m) => m[1]);
    expect(order(review)).toEqual(['cover', 'charts', 'journey', 'interactions', 'facts', 'followups', 'notebook']);
    expect(order(handover)).toEqual(['cover', 'followups', 'facts', 'journey', 'interactions', 'notebook']);
    expect(review).toContain('<p class="kicker">Account review</p>');
    expect(review).toContain('<h2 class="summary-heading">Top follow-ups</h2>');
    expect(handover).toContain('<p class="kicker">Handover</p>');
    expect(handover).toContain('<h2 class="summary-heading">Contacts</h2>');
    expect(handover).toContain('<h3>Key dates</h3><ul class="key-dates"><li>Birthday: 10 Dec 1980 (next 10 Dec 2026)</li><li>Renewal: 31 Mar 2027</li></ul>');
    expect(handover).not.toContain('class="chart"');
    // Charts on request in a handover, at its end; sections in the template's order whatever the order asked.
    expect(order(renderStoryHtml(input, { template: 'handover', sections: ['charts', 'cover'] }))).toEqual(['cover', 'charts']);
    expect(review).toContain('@bottom-left { content: "Rapport \\b7  Account review";');
  });

  it('groups the log by quarter and moves the full log to an appendix past the limit', () => {
    const small = renderStoryHtml(customer());
    expect(small).toContain('<tbody><tr class="quarter-row"><th colspan="5" scope="rowgroup">Q4 2026 <span class="quarter-facts">1 interaction</span></th></tr>');
    expect(small).toContain('<th colspan="5" scope="rowgroup">Q1 2026 <span class="quarter-facts">3 interactions, €1,400.00 in purchases</span></th>');
    expect(small).not.toContain('Appendix');
    expect(small).toContain('<colgroup><col class="c-when"><col class="c-kind"><col class="c-summary"><col class="c-sentiment"><col class="c-amount"></colgroup>');

    const big = renderStoryHtml(customer({ interactions: 60 }));
    expect(big).toContain('<h2>Interactions (66)</h2>');
    expect(big).toContain(`The latest ${MAIN_LOG_LIMIT} of 66; all of them are in the appendix`);
    expect(big).toContain('<h2>Appendix: Full interaction log (66)</h2>');
    const main = big.slice(big.indexOf('<section class="interactions">'), big.indexOf('<section class="facts">'));
    const appendix = big.slice(big.indexOf('<section class="appendix">'));
    expect(main.match(/<td class="kind">/g)).toHaveLength(MAIN_LOG_LIMIT);
    expect(appendix.match(/<td class="kind">/g)).toHaveLength(66);
    // The latest first: the call of 30 October leads, the oldest order is only in the appendix.
    expect(main.indexOf('>Call<')).toBeLessThan(main.indexOf('Note number 0'));
    expect(main).not.toContain('Old order');
    expect(appendix).toContain('Old order');
    // Sections leave the appendix out with the log.
    expect(renderStoryHtml(customer({ interactions: 60 }), { sections: ['cover', 'notebook'] })).not.toContain('Appendix');
  });
});

describe('a customer added today', () => {
  it('prints charts with their line at the bottom, a dated journey and no empty lists', () => {
    const workspace = new Y.Doc();
    setWorkspaceFormat(workspace, { currency: 'EUR', locale: 'en-GB' });
    addCustomerCard(workspace, 'c1', { name: 'New', company: '', owner: '', createdAt: NOW - 3_600_000 });
    const doc = new Y.Doc();
    createNotebook(doc, '');
    const html = renderStoryHtml(storyInputFromDocs(workspace, doc, 'c1', { now: NOW, timeZone: 'UTC' }));
    const axes = [...html.matchAll(/<svg class="chart-svg"[^>]* viewBox="0 0 \d+ (\d+)"[^>]*>(?:<rect[^>]*\/><text[^>]*>[^<]*<\/text>)*<line class="chart-axis" x1="\d+" y1="([\d.]+)"/g)];
    expect(axes).toHaveLength(3);
    for (const [, height, y] of axes) expect(Number(y)).toBeGreaterThan(Number(height) / 2);
    expect(html).toMatch(/<text class="journey-tick"[^>]*>22 Nov 2026<\/text>/);
    expect(html).toContain('<h2>What matters to them</h2><p class="muted">Nothing recorded yet.</p>');
    expect(html).toContain('aria-label="Value by quarter, Q1 2026 to Q4 2026: no purchases."');
  });
});

describe('summary tiles', () => {
  it('print a value too long for its tile in the short form, with the full amount beneath', () => {
    const workspace = new Y.Doc();
    setWorkspaceFormat(workspace, { currency: 'EUR', locale: 'de-DE' });
    addCustomerCard(workspace, 'c1', { name: 'Big', company: '', owner: '', createdAt: Date.UTC(2025, 0, 1) });
    const doc = new Y.Doc();
    createNotebook(doc, '');
    putInteraction(doc, 'p1', { kind: 'purchase', at: '2026-10-01', summary: 'Fleet', sentiment: 'positive', amount: { minor: 123_456_789_012, currency: 'EUR' }, author: 'A' });
    putInteraction(doc, 'p2', { kind: 'purchase', at: '2024-10-01', summary: 'Part', sentiment: 'positive', amount: { minor: 1_250, currency: 'EUR' }, author: 'A' });
    const html = renderStoryHtml(storyInputFromDocs(workspace, doc, 'c1', { now: NOW, timeZone: 'Europe/Berlin' }));
    expect(html).toContain('<dt>Lifetime value</dt><dd class="tile-value">1,2\u00a0Mrd.\u00a0€</dd><dd class="tile-note">1.234.567.902,62\u00a0€, 2 purchases</dd>');
    expect(html).toContain('<dt>Last 12 months</dt><dd class="tile-value">1,2\u00a0Mrd.\u00a0€</dd><dd class="tile-note">1.234.567.890,12\u00a0€, 1 purchase</dd>');
  });
});
