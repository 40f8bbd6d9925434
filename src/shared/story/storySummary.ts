import { STAGE_LABELS } from '../stages';
import { isSafeUrl } from '../notebook/safeUrl';
import { escapeHtml as e } from './escape';
import { daysText } from './journeySvg';
import { textWidth } from './textWidth';
import type { StoryFigures } from './storyFigures';
import type { StoryStyle } from './storyFormat';
import type { StoryTemplate } from './storyTemplates';
import type { StoryInput } from './storyTypes';

/**
 * The story's first page: who the customer is, the figures an executive asks for
 * first as tiles, and what happens next. An account review lists the top open
 * follow-ups there; a handover lists the contacts instead (its open follow-ups
 * come right after, in full).
 */
export const HEALTH_WORDS = { green: 'Healthy', amber: 'Needs attention', red: 'At risk' } as const;
export const TOP_FOLLOW_UPS = 5;

function tile(label: string, value: string, note: string, className = ''): string {
  return `<div class="tile${className ? ` ${className}` : ''}"><dt>${e(label)}</dt><dd class="tile-value">${e(value)}</dd>${note ? `<dd class="tile-note">${e(note)}</dd>` : ''}</div>`;
}

/** A tile's figure prints at 13 pt bold in about 35 mm (A4, four tiles a row): 100 pt. */
const TILE_VALUE_PT = 100;

/** The full amount when it fits its tile, else the short form (the full one goes in the note). */
function fitted(full: string, short: string): { value: string; full: string | null } {
  return textWidth(full, 13, true) <= TILE_VALUE_PT ? { value: full, full: null } : { value: short, full };
}

function moneyTile(label: string, minor: number, note: string, style: StoryStyle): string {
  const { value, full } = fitted(style.value(minor), style.compactValue(minor));
  return tile(label, value, full ? `${full}, ${note}` : note);
}

function plural(n: number, one: string, many: string, style: StoryStyle): string {
  return n === 1 ? `1 ${one}` : `${style.count(n)} ${many}`;
}

/** "Overdue by 3 days", "Due today", "Due in 5 days". */
export function dueText(daysOverdue: number): string {
  if (daysOverdue > 0) return `Overdue by ${daysOverdue === 1 ? '1 day' : `${daysOverdue} days`}`;
  if (daysOverdue === 0) return 'Due today';
  return `Due in ${-daysOverdue === 1 ? '1 day' : `${-daysOverdue} days`}`;
}

function tiles(input: StoryInput, figures: StoryFigures, style: StoryStyle): string {
  const { summary } = input;
  const next = figures.nextDate;
  const health = summary?.health;
  return `<dl class="tiles">
${summary ? moneyTile('Lifetime value', summary.ltv, plural(figures.purchases, 'purchase', 'purchases', style), style) : ''}
${moneyTile('Last 12 months', figures.last12Months.minor, plural(figures.last12Months.purchases, 'purchase', 'purchases', style), style)}
${tile('Days since last touch', style.count(figures.daysSinceTouch), figures.lastTouch === null ? 'Never touched' : `Last ${style.day(figures.lastTouch)}`)}
${tile('Interactions, last 90 days', style.count(figures.interactions90Days), `${plural(input.interactions.length, 'interaction', 'interactions', style)} in all`)}
${summary ? tile('Tier', summary.tier, 'A is the most valuable') : ''}
${tile('Next important date', next ? style.calendarDay(next.next) : 'None', next ? `${next.label}, ${next.daysAway === 0 ? 'today' : `in ${daysText(next.daysAway, style)}`}` : 'No date in the next year')}
${
  health
    ? `<div class="tile tile-health health-${health.level}"><dt>Health</dt><dd class="tile-value"><span class="health-dot" aria-hidden="true"></span>${e(HEALTH_WORDS[health.level])}</dd>${
        health.reasons.length > 0 ? `<dd class="tile-note"><ul class="reasons">${health.reasons.map((r) => `<li>${e(r.text)}</li>`).join('')}</ul></dd>` : '<dd class="tile-note">Nothing needs attention.</dd>'
      }</div>`
    : ''
}
</dl>`;
}

function topFollowUps(figures: StoryFigures, style: StoryStyle): string {
  const open = figures.openFollowUps;
  const shown = open.slice(0, TOP_FOLLOW_UPS);
  const rest = open.length - shown.length;
  return `<h2 class="summary-heading">Top follow-ups</h2>
${
  shown.length
    ? `<ol class="top-followups">${shown
        .map(
          (f) =>
            `<li class="due-${f.status.status}"><span class="due-date">${e(style.calendarDay(f.due))}</span> <span class="due-status">${e(dueText(f.status.daysOverdue))}</span> <span class="due-text">${e(f.text)}${f.assignee ? ` <span class="muted">(${e(f.assignee)})</span>` : ''}</span></li>`,
        )
        .join('')}</ol>${rest > 0 ? `<p class="muted">And ${plural(rest, 'more open follow-up', 'more open follow-ups', style)}.</p>` : ''}`
    : '<p class="muted">Nothing open.</p>'
}`;
}

function fact(label: string, html: string): string {
  return html.trim() ? `<div class="fact"><dt>${e(label)}</dt><dd>${html}</dd></div>` : '';
}

function emailLinks(emails: readonly string[]): string {
  return emails.map((m) => (isSafeUrl(`mailto:${m}`) ? `<a href="${e(`mailto:${m.trim()}`)}">${e(m)}</a>` : e(m))).join(', ');
}

function contacts(input: StoryInput): string {
  const p = input.profile;
  const dl = [
    fact('Owner', e(input.card.owner)),
    fact('Role', e(p.role)),
    fact('Email', emailLinks(p.emails)),
    fact('Phone', e(p.phones.join(', '))),
    fact('Address', e(p.address)),
    fact('Tags', e(input.card.tags.join(', '))),
  ].join('');
  return `<h2 class="summary-heading">Contacts</h2>${dl ? `<dl class="facts-list">${dl}</dl>` : '<p class="muted">No contact details recorded.</p>'}`;
}

export function coverSection(input: StoryInput, figures: StoryFigures, style: StoryStyle, template: StoryTemplate): string {
  const { card, summary } = input;
  const meta = [
    card.owner ? `Owner ${card.owner}` : '',
    `${STAGE_LABELS[card.stage]}${summary ? ` for ${daysText(summary.daysInStage, style)}` : ''}`,
    `Customer since ${style.day(card.createdAt)}`,
  ].filter(Boolean);
  return `<section class="cover">
<header class="cover-head">
<p class="kicker">${e(template.name)}</p>
<h1>${e(card.name || '(no name)')}</h1>
${card.company ? `<p class="company">${e(card.company)}</p>` : ''}
<p class="cover-meta">${meta.map((m) => `<span>${e(m)}</span>`).join('<span class="sep" aria-hidden="true"> · </span>')}</p>
</header>
<h2 class="summary-heading">Summary</h2>
${tiles(input, figures, style)}
${template.id === 'handover' ? contacts(input) : topFollowUps(figures, style)}
<p class="generated">Prepared ${e(style.day(input.generatedAt))} with Rapport</p>
</section>`;
}
