/**
 * Print styles of the customer story. The printed document stands alone (no link
 * to the app's stylesheet), so it carries its own tokens: the light values of the
 * app's tokens (src/renderer/theme/tokens.css, same names), in print units.
 *
 * Layout rules that the PDF layout tests hold it to:
 * - no forced page break but before the appendix; figures, rows and tiles are not split;
 * - the interaction table has fixed column widths and breaks lines only between words
 *   (overflow-wrap: break-word breaks a word only when it cannot fit a line at all);
 * - no letter-spacing (text extraction, and so search in the PDF, would split the words).
 */
export const STORY_CSS = `
:root {
  --font-sans: 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif;
  --font-mono: 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  --text-xs: 7.5pt; --text-sm: 8.5pt; --text-md: 9.5pt; --text-lg: 11pt; --text-xl: 13pt; --text-2xl: 15pt; --text-4xl: 24pt;
  --space-1: 1mm; --space-2: 2mm; --space-3: 3mm; --space-4: 4mm; --space-6: 6mm;
  --radius: 2mm;
  --text: #1d1d1f; --muted: #5f5f66; --border: #deded9; --border-strong: #b9b9b3; --surface-soft: #f4f5f7;
  --accent: #2f5bd3; --link: #2450c2;
  --success: #137a3f; --warning: #8a5200; --error: #b42318;
  --chart-primary: #3b6cf0; --chart-secondary: #0f766e; --chart-positive: #15803d; --chart-neutral: #8b8b94; --chart-negative: #c62828;
  --stage-prospect: #94a3b8; --stage-first_purchase: #60a5fa; --stage-repeat: #3b82f6; --stage-loyalist: #16a34a;
  --stage-advocate: #15803d; --stage-at_risk: #d97706; --stage-lost: #dc2626;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: var(--font-sans); color: var(--text); font-size: var(--text-md); line-height: 1.4; margin: 0; }
h1 { font-size: var(--text-4xl); line-height: 1.1; margin: 0 0 var(--space-1); }
h2 { font-size: var(--text-2xl); margin: var(--space-6) 0 var(--space-2); padding-bottom: var(--space-1); border-bottom: 0.6mm solid var(--accent); break-after: avoid; }
h3, h4, h5, h6 { break-after: avoid; margin: var(--space-3) 0 var(--space-1); }
p, li, dd { orphans: 2; widows: 2; }
a { color: var(--link); }
.inert-link, .muted { color: var(--muted); }

/* First page */
.cover-head { border-left: 1.5mm solid var(--accent); padding: var(--space-1) 0 var(--space-1) var(--space-4); }
.kicker { color: var(--accent); font-weight: 700; font-size: var(--text-lg); margin: 0 0 var(--space-1); }
.company { font-size: var(--text-xl); color: var(--muted); margin: 0 0 var(--space-2); }
.cover-meta { margin: 0; color: var(--muted); }
.summary-heading { font-size: var(--text-xl); }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: var(--space-3); margin: 0; }
.tile { border: 0.3mm solid var(--border); border-radius: var(--radius); padding: var(--space-2) var(--space-3); break-inside: avoid; background: var(--surface-soft); }
.tile dt { color: var(--muted); font-size: var(--text-sm); }
.tile dd { margin: 0; }
.tile-value { font-size: var(--text-xl); font-weight: 700; margin: var(--space-1) 0 0; }
.tile-note { color: var(--muted); font-size: var(--text-sm); }
.tile-health { grid-column: span 2; }
.health-dot { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; margin-right: var(--space-2); background: var(--success); }
.health-amber .health-dot { background: var(--warning); }
.health-red .health-dot { background: var(--error); }
.health-amber .tile-value { color: var(--warning); }
.health-red .tile-value { color: var(--error); }
ul.reasons { margin: 0; padding-left: 4mm; }
.top-followups { margin: 0; padding-left: 5mm; }
.top-followups li { margin: 0 0 var(--space-1); break-inside: avoid; }
.due-date { font-weight: 700; margin-right: var(--space-2); }
.due-status { color: var(--muted); font-size: var(--text-sm); margin-right: var(--space-2); }
.due-overdue .due-status, .due-today .due-status { color: var(--error); font-weight: 700; }
.generated { color: var(--muted); margin: var(--space-4) 0 0; font-size: var(--text-sm); }

/* Facts */
.facts-list { display: grid; grid-template-columns: 34mm 1fr; gap: var(--space-1) var(--space-4); margin: 0; }
.fact { display: contents; }
.facts-list dt { color: var(--muted); }
.facts-list dd { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }
.key-dates { margin: 0; padding-left: 5mm; }

/* Charts */
.chart { margin: 0 0 var(--space-6); break-inside: avoid; }
.chart figcaption { font-weight: 700; font-size: var(--text-lg); margin: 0 0 var(--space-2); }
.chart-body { display: grid; grid-template-columns: auto 1fr; gap: var(--space-6); align-items: start; }
.chart-svg, .journey-graphic { display: block; max-width: 100%; height: auto; font-family: var(--font-sans); }
.chart-note { color: var(--muted); font-size: var(--text-sm); margin: var(--space-1) 0 0; }
.chart-data { width: 100%; border-collapse: collapse; font-size: var(--text-sm); }
.chart-data caption { text-align: left; color: var(--muted); font-size: var(--text-xs); margin-bottom: var(--space-1); }
.chart-data th, .chart-data td { padding: 0.4mm 1.5mm; border-bottom: 0.2mm solid var(--border); text-align: left; font-weight: 400; }
.chart-data thead th { color: var(--muted); border-bottom-color: var(--border-strong); }
.num { text-align: right !important; }
text { fill: var(--text); }
.chart-axis { stroke: var(--border-strong); stroke-width: 1; }
.journey-grid { stroke: var(--border); stroke-width: 1; }
.bar-label, .journey-tick, .journey-days { fill: var(--muted); }
.bar-value { fill: var(--chart-primary); }
.bar-cadence { fill: var(--chart-secondary); }
.bar-positive { fill: var(--chart-positive); }
.bar-neutral { fill: var(--chart-neutral); }
.bar-negative { fill: var(--chart-negative); }
.stage-prospect { fill: var(--stage-prospect); } .stage-first_purchase { fill: var(--stage-first_purchase); }
.stage-repeat { fill: var(--stage-repeat); } .stage-loyalist { fill: var(--stage-loyalist); } .stage-advocate { fill: var(--stage-advocate); }
.stage-at_risk { fill: var(--stage-at_risk); } .stage-lost { fill: var(--stage-lost); }

/* Journey */
.journey-figure { margin: 0 0 var(--space-3); break-inside: avoid; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.journey-table { font-size: var(--text-sm); }
.journey-table caption { text-align: left; font-weight: 700; margin-bottom: var(--space-1); }
.journey-table th, .journey-table td { text-align: left; padding: 0.6mm 1.5mm; border-bottom: 0.2mm solid var(--border); font-weight: 400; }
.journey-table thead th { color: var(--muted); }
.journey-table tbody th { font-weight: 600; }

/* Interaction log: fixed columns (A4 leaves 178 mm, Letter 184 mm; the summary takes the rest) */
table.log { table-layout: fixed; font-size: var(--text-sm); }
col.c-when { width: 25mm; } col.c-kind { width: 25mm; } col.c-sentiment { width: 19mm; } col.c-amount { width: 25mm; }
.log th, .log td { text-align: left; padding: 0.8mm 1.5mm; vertical-align: top; overflow-wrap: break-word; word-break: normal; hyphens: manual; }
.log thead th { color: var(--muted); font-weight: 600; border-bottom: 0.3mm solid var(--border-strong); }
.log td { border-bottom: 0.2mm solid var(--border); }
.log td.when { color: var(--muted); }
.log td.kind, .log td.sentiment { white-space: nowrap; }
.log td.summary { white-space: pre-wrap; }
.quarter-row th { background: var(--surface-soft); font-weight: 700; padding-top: 1.2mm; border-bottom: 0.3mm solid var(--border-strong); break-after: avoid; }
.quarter-facts { color: var(--muted); font-weight: 400; margin-left: var(--space-2); }
.dot { display: inline-block; width: 2.2mm; height: 2.2mm; border-radius: 50%; margin-right: var(--space-1); background: var(--chart-neutral); }
.sentiment-positive .dot { background: var(--chart-positive); }
.sentiment-negative .dot { background: var(--chart-negative); }
.amount { font-weight: 700; white-space: nowrap; }
.log-note { color: var(--muted); margin: 0 0 var(--space-2); }
.appendix { break-before: page; }

/* Follow-ups */
.followup-list { padding-left: 5mm; }
.followup-list li { margin-bottom: var(--space-1); }

/* Notebook (flows on: no page of its own) */
.notebook p { margin: 0 0 var(--space-2); white-space: pre-wrap; overflow-wrap: break-word; }
blockquote { border-left: 0.8mm solid var(--border-strong); margin: var(--space-2) 0; padding-left: var(--space-3); color: var(--muted); }
pre { background: var(--surface-soft); padding: var(--space-2); white-space: pre-wrap; overflow-wrap: break-word; font-size: var(--text-sm); }
code { font-family: var(--font-mono); font-size: var(--text-sm); }
ul.checklist { list-style: none; padding-left: 1mm; }
li.checked { color: var(--muted); text-decoration: line-through; }
li.nested { list-style: none; }
`;
