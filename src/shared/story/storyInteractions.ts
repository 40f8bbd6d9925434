import type { Interaction } from '../model/schemas';
import { escapeHtml as e } from './escape';
import { KIND_LABELS, SENTIMENT_LABELS } from '../model/interactionLabels';
import { quarterKey, quarterLabel, type StoryStyle } from './storyFormat';

/**
 * The interaction log: newest first, grouped by quarter, in a table whose columns
 * have fixed widths (storyCss: table.log) so a column is never squeezed until its
 * words break ("Purch/ase"). Past MAIN_LOG_LIMIT interactions the section shows
 * the latest ones and the full log goes to an appendix at the end of the story.
 */
export const MAIN_LOG_LIMIT = 40;
export { KIND_LABELS, SENTIMENT_LABELS };


function row(i: Interaction, style: StoryStyle): string {
  return `<tr class="sentiment-${e(i.sentiment)}"><td class="when">${e(style.event(i.when))}</td><td class="kind">${e(KIND_LABELS[i.kind] ?? i.kind)}</td><td class="summary">${e(i.summary)}</td><td class="sentiment"><span class="dot" aria-hidden="true"></span>${e(SENTIMENT_LABELS[i.sentiment] ?? i.sentiment)}</td><td class="num">${i.amount ? `<span class="amount">${e(style.money(i.amount))}</span>` : ''}</td></tr>`;
}

function logTable(list: readonly Interaction[], style: StoryStyle): string {
  const groups: { key: string; items: Interaction[] }[] = [];
  for (const i of list) {
    const key = quarterKey(style.calendar.dateOf(i.at));
    if (groups.length === 0 || groups[groups.length - 1].key !== key) groups.push({ key, items: [] });
    groups[groups.length - 1].items.push(i);
  }
  const bodies = groups
    .map((g) => {
      const value = g.items.reduce((sum, i) => sum + (i.kind === 'purchase' && i.amount?.currency === style.currency ? i.amount.minor : 0), 0);
      const facts = [g.items.length === 1 ? '1 interaction' : `${style.count(g.items.length)} interactions`, value !== 0 ? `${style.value(value)} in purchases` : ''].filter(Boolean).join(', ');
      return `<tbody><tr class="quarter-row"><th colspan="5" scope="rowgroup">${e(quarterLabel(g.key))} <span class="quarter-facts">${e(facts)}</span></th></tr>${g.items.map((i) => row(i, style)).join('')}</tbody>`;
    })
    .join('');
  return `<table class="log"><colgroup><col class="c-when"><col class="c-kind"><col class="c-summary"><col class="c-sentiment"><col class="c-amount"></colgroup>
<thead><tr><th scope="col">When</th><th scope="col">Kind</th><th scope="col">Summary</th><th scope="col">Sentiment</th><th scope="col" class="num">Amount</th></tr></thead>${bodies}</table>`;
}

/** The section, and the appendix (empty when the log fits in the section). */
export function interactionsSections(interactions: readonly Interaction[], style: StoryStyle, range: { from?: number; to?: number }): { main: string; appendix: string } {
  const list = interactions.filter((i) => (range.from === undefined || i.at >= range.from) && (range.to === undefined || i.at <= range.to)).sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  if (list.length === 0) return { main: `<section class="interactions"><h2>Interactions (0)</h2><p class="muted">No interactions in this period.</p></section>`, appendix: '' };
  if (list.length <= MAIN_LOG_LIMIT) return { main: `<section class="interactions"><h2>Interactions (${list.length})</h2>${logTable(list, style)}</section>`, appendix: '' };
  const main = `<section class="interactions"><h2>Interactions (${list.length})</h2>
<p class="log-note">The latest ${MAIN_LOG_LIMIT} of ${style.count(list.length)}; all of them are in the appendix, “Full interaction log”.</p>
${logTable(list.slice(0, MAIN_LOG_LIMIT), style)}</section>`;
  const appendix = `<section class="appendix"><h2>Appendix: Full interaction log (${list.length})</h2>${logTable(list, style)}</section>`;
  return { main, appendix };
}
