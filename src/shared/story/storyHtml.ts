import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp, Interaction, Profile } from '../model/schemas';
import { STAGE_LABELS, type Stage } from '../stages';
import { escapeHtml } from './escape';
import { notebookHtml } from './notebookHtml';
import { journeySvg } from './journeySvg';
import { STORY_CSS } from './storyCss';
import { formatCalendarDate, formatEventDate, formatInstantDate, type DateContext } from '../dates/formatDate';
import { formatMoney } from '../money/money';
import { LEGACY_CURRENCY } from '../model/schemas';
import type { WorkspaceFormat } from '../model/workspaceFormat';

export const STORY_SECTIONS = ['cover', 'journey', 'facts', 'interactions', 'notebook', 'followUps'] as const;
export type StorySection = (typeof STORY_SECTIONS)[number];

export interface StoryInput {
  card: CustomerCard;
  profile: Profile;
  interactions: readonly Interaction[];
  followUps: readonly FollowUp[];
  /** The notebook's Lexical editor state as JSON (editor.getEditorState().toJSON()). */
  notebook: unknown;
  /** Figures computed on the device (tier, health, days in stage, value in minor units of format.currency). */
  summary?: { tier: string; ltv: number; daysInStage: number; health: { level: 'green' | 'amber' | 'red'; reasons: { text: string }[] } };
  generatedAt: number;
  timeZone: string;
  /** The workspace's currency and locale (default: euro, en-GB, as earlier versions printed). */
  format?: WorkspaceFormat;
}

export interface StoryOptions {
  sections?: readonly StorySection[];
  /** Interactions from and to (epoch ms, inclusive); the rest of the story is not filtered. */
  from?: number;
  to?: number;
  pageSize?: 'A4' | 'Letter';
}

const KINDS: Record<string, string> = { call: 'Call', meeting: 'Meeting', email: 'Email', message: 'Message', purchase: 'Purchase', support: 'Support', feedback: 'Feedback', gift: 'Gift / thank-you', note: 'Note' };
const HEALTH = { green: 'Healthy', amber: 'Needs attention', red: 'At risk' } as const;

/** Dates and money in the workspace style, the same as the app shows (src/shared/dates, src/shared/money). */
interface Style {
  dates: DateContext;
  currency: string;
  day(ms: number): string;
}

function styleOf(input: StoryInput): Style {
  const { locale, currency } = input.format ?? { locale: 'en-GB', currency: LEGACY_CURRENCY };
  const dates = { locale, timeZone: input.timeZone };
  return { dates, currency, day: (ms) => formatInstantDate(ms, dates) };
}

const e = escapeHtml;

function fact(label: string, value: string): string {
  return value.trim() ? `<div class="fact"><dt>${e(label)}</dt><dd>${e(value)}</dd></div>` : '';
}

function cover(input: StoryInput, style: Style): string {
  const { card, summary } = input;
  return `<section class="cover">
  <p class="kicker">Customer story</p>
  <h1>${e(card.name || '(no name)')}</h1>
  <p class="company">${e(card.company)}</p>
  <dl class="cover-facts">
    ${fact('Owner', card.owner)}
    ${fact('Stage', `${STAGE_LABELS[card.stage]}${summary ? `, for ${summary.daysInStage} days` : ''}`)}
    ${summary ? fact('Tier', summary.tier) : ''}
    ${summary ? fact('Lifetime value', formatMoney({ minor: summary.ltv, currency: style.currency }, style.dates.locale)) : ''}
    ${summary ? fact('Health', HEALTH[summary.health.level]) : ''}
    ${fact('Customer since', style.day(card.createdAt))}
  </dl>
  ${summary && summary.health.reasons.length > 0 ? `<ul class="reasons">${summary.health.reasons.map((r) => `<li>${e(r.text)}</li>`).join('')}</ul>` : ''}
  <p class="generated">Prepared ${e(style.day(input.generatedAt))}</p>
</section>`;
}

function journey(input: StoryInput, style: Style): string {
  const entries = input.card.stageHistory;
  return `<section class="journey"><h2>The relationship so far</h2>
  ${journeySvg(entries.map((s) => ({ label: STAGE_LABELS[s.stage as Stage], date: style.day(s.at), stage: s.stage })))}
  <ol class="journey-list">${entries.map((s) => `<li><strong>${e(STAGE_LABELS[s.stage as Stage])}</strong> · ${e(style.day(s.at))} · ${e(s.by)}</li>`).join('')}</ol>
</section>`;
}

function facts(input: StoryInput, style: Style): string {
  const p = input.profile;
  const dates = p.importantDates.map((d) => `${d.label}: ${formatCalendarDate(d.date, style.dates.locale)}`).join(', ');
  return `<section class="facts"><h2>What matters to them</h2><dl>
  ${fact('Role', p.role)}${fact('Email', p.emails.join(', '))}${fact('Phone', p.phones.join(', '))}
  ${fact('Preferences', p.preferences)}${fact('Likes', p.likes)}${fact('Dislikes', p.dislikes)}
  ${fact('Reasons for buying', p.reasonsForBuying)}${fact('Habits', p.habits)}${fact('Important dates', dates)}
  </dl></section>`;
}

function interactions(input: StoryInput, options: StoryOptions, style: Style): string {
  const list = input.interactions.filter((i) => (options.from === undefined || i.at >= options.from) && (options.to === undefined || i.at <= options.to));
  const rows = list
    .map(
      (i) => `<tr class="sentiment-${e(i.sentiment)}"><td class="when">${e(formatEventDate(i.when, style.dates))}</td><td>${e(KINDS[i.kind] ?? i.kind)}</td>
  <td class="sentiment"><span class="dot"></span>${e(i.sentiment)}</td><td>${e(i.summary)}${i.amount ? ` <span class="amount">${e(formatMoney(i.amount, style.dates.locale))}</span>` : ''}</td></tr>`,
    )
    .join('');
  return `<section class="interactions"><h2>Interactions (${list.length})</h2>
  ${list.length ? `<table><thead><tr><th>When</th><th>Kind</th><th>Sentiment</th><th>Summary</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No interactions in this period.</p>'}
</section>`;
}

function followUps(input: StoryInput, style: Style): string {
  const open = input.followUps.filter((f) => !f.done);
  return `<section class="followups"><h2>Open follow-ups</h2>
  ${open.length ? `<ul>${open.map((f) => `<li><strong>${e(formatCalendarDate(f.due, style.dates.locale))}</strong> ${e(f.text)}${f.assignee ? ` <span class="muted">(${e(f.assignee)})</span>` : ''}</li>`).join('')}</ul>` : '<p class="muted">Nothing open.</p>'}
</section>`;
}

/**
 * The printable story of one customer: one self-contained HTML document (inline
 * CSS, inline SVG, no script, a deny-all CSP) for Chromium's PDF printer, in the
 * desktop app, the web build and the command line alike.
 */
export function renderStoryHtml(input: StoryInput, options: StoryOptions = {}): string {
  const sections = new Set(options.sections ?? STORY_SECTIONS);
  const style = styleOf(input);
  const body = [
    sections.has('cover') ? cover(input, style) : '',
    sections.has('journey') ? journey(input, style) : '',
    sections.has('facts') ? facts(input, style) : '',
    sections.has('interactions') ? interactions(input, options, style) : '',
    sections.has('notebook') ? `<section class="notebook"><h2>Notebook</h2>${notebookHtml(input.notebook)}</section>` : '',
    sections.has('followUps') ? followUps(input, style) : '',
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(input.card.name || 'Customer')} — customer story</title>
<style>@page { size: ${options.pageSize === 'Letter' ? 'Letter' : 'A4'}; margin: 18mm 16mm 20mm; }
${STORY_CSS}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** Header and footer for Chromium's printer: title and date on top, page numbers below. */
export function storyHeaderFooter(title: string): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-size:8px;color:#666;width:100%;padding:0 16mm;font-family:sans-serif;display:flex;justify-content:space-between;';
  return {
    headerTemplate: `<div style="${style}"><span>${e(title)}</span><span class="date"></span></div>`,
    footerTemplate: `<div style="${style}"><span>Rapport</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}
