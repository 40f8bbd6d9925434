import { STAGE_LABELS } from '../stages';
import { upcomingImportantDates } from '../insights/brief';
import { escapeHtml as e } from './escape';
import { daysText, journeyPeriods, journeySvg } from './journeySvg';
import { notebookHtml } from './notebookHtml';
import { dueText } from './storySummary';
import type { StoryFigures } from './storyFigures';
import type { StoryStyle } from './storyFormat';
import type { StoryTemplate } from './storyTemplates';
import type { StoryInput } from './storyTypes';

/** The journey: the time-axis drawing, then every stay as a row of a table (the drawing's data). */
export function journeySection(input: StoryInput, style: StoryStyle): string {
  const periods = journeyPeriods(input.card.stageHistory, input.card.createdAt, input.generatedAt, style);
  const first = periods[0];
  const summary = `Stage history from ${style.day(first.from)} to today: ${periods.map((p) => `${STAGE_LABELS[p.stage]} ${daysText(p.days, style)}`).join(', ')}.`;
  const rows = periods
    .map(
      (p) =>
        `<tr><th scope="row">${e(STAGE_LABELS[p.stage])}</th><td>${e(style.day(p.from))}</td><td>${p.current ? 'today' : e(style.day(p.to))}</td><td class="num">${e(daysText(p.days, style))}</td><td>${e(p.by)}</td></tr>`,
    )
    .join('');
  return `<section class="journey"><h2>The relationship so far</h2>
<figure class="journey-figure" aria-labelledby="journey-caption">
${journeySvg(periods, style, summary)}
<figcaption id="journey-caption" class="chart-note">Time in each stage, ${e(style.day(first.from))} to ${e(style.day(input.generatedAt))}.</figcaption>
</figure>
<table class="journey-table"><caption>Stage history</caption>
<thead><tr><th scope="col">Stage</th><th scope="col">From</th><th scope="col">To</th><th scope="col" class="num">Days</th><th scope="col">Moved by</th></tr></thead>
<tbody>${rows}</tbody></table>
</section>`;
}

function fact(label: string, value: string): string {
  return value.trim() ? `<div class="fact"><dt>${e(label)}</dt><dd>${e(value)}</dd></div>` : '';
}

/**
 * What matters to them. A handover leads with preferences and dislikes and lists
 * every important date with its next occurrence (the contacts are on its first page).
 */
export function factsSection(input: StoryInput, style: StoryStyle, template: StoryTemplate): string {
  const p = input.profile;
  const upcoming = new Map(upcomingImportantDates(p.importantDates, style.today, 366).map((u) => [`${u.label}|${u.date}`, u]));
  const dateText = (d: { label: string; date: string }) => {
    const next = upcoming.get(`${d.label}|${d.date}`);
    return `${d.label}: ${style.calendarDay(d.date)}${next && next.next !== d.date ? ` (next ${style.calendarDay(next.next)})` : ''}`;
  };
  const list = (facts: string) => (facts ? `<dl class="facts-list">${facts}</dl>` : '');
  if (template.id === 'handover') {
    const facts = list(
      [fact('Preferences', p.preferences), fact('Dislikes', p.dislikes), fact('Likes', p.likes), fact('Reasons for buying', p.reasonsForBuying), fact('Habits', p.habits)].join(''),
    );
    const dates = p.importantDates.length
      ? `<h3>Key dates</h3><ul class="key-dates">${p.importantDates.map((d) => `<li>${e(dateText(d))}</li>`).join('')}</ul>`
      : '';
    return `<section class="facts"><h2>What matters to them</h2>${facts || dates ? `${facts}${dates}` : NOTHING}</section>`;
  }
  const facts = list(
    [
      fact('Role', p.role),
      fact('Email', p.emails.join(', ')),
      fact('Phone', p.phones.join(', ')),
      fact('Preferences', p.preferences),
      fact('Likes', p.likes),
      fact('Dislikes', p.dislikes),
      fact('Reasons for buying', p.reasonsForBuying),
      fact('Habits', p.habits),
      fact('Important dates', p.importantDates.map(dateText).join(', ')),
    ].join(''),
  );
  return `<section class="facts"><h2>What matters to them</h2>${facts || NOTHING}</section>`;
}

const NOTHING = '<p class="muted">Nothing recorded yet.</p>';

export function followUpsSection(figures: StoryFigures, style: StoryStyle): string {
  const open = figures.openFollowUps;
  return `<section class="followups"><h2>Open follow-ups</h2>
${
  open.length
    ? `<ul class="followup-list">${open
        .map(
          (f) =>
            `<li class="due-${f.status.status}"><strong>${e(style.calendarDay(f.due))}</strong> ${e(f.text)}${f.assignee ? ` <span class="muted">(${e(f.assignee)})</span>` : ''} <span class="due-status">${e(dueText(f.status.daysOverdue))}</span></li>`,
        )
        .join('')}</ul>`
    : '<p class="muted">Nothing open.</p>'
}
</section>`;
}

/** The notebook flows on from what comes before it: no page of its own. */
export function notebookSection(input: StoryInput): string {
  return `<section class="notebook"><h2>Notebook</h2>${notebookHtml(input.notebook)}</section>`;
}
