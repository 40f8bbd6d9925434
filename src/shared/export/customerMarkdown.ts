import type * as Y from 'yjs';
import { readCardById } from '../model/workspaceDoc';
import { readFollowUps, readInteractions, readProfile } from '../model/customerDoc';
import { readNotebookMarkdown } from '../notebook/headless';
import { STAGE_LABELS } from '../stages';
import { readWorkspaceFormat } from '../model/workspaceFormat';
import { formatCalendarDate, formatEventDate, formatInstantDate } from '../dates/formatDate';
import { formatMoney } from '../money/money';
import { safeMarkdown } from './markdownSafety';
import { namedPeopleOf } from '../model/namedPeople';

const line = (label: string, value: string) => (value.trim() ? `- **${label}:** ${value.replace(/\n+/g, ' ')}` : '');

/** One customer as Markdown: profile, the notebook as written, the timeline and follow-ups; safe to open in any viewer (see safeMarkdown). */
export function customerToMarkdown(workspace: Y.Doc, customer: Y.Doc, customerId: string, timeZone: string): string {
  const stored = readCardById(workspace, customerId);
  if (!stored) throw new Error(`No customer ${customerId}`);
  const people = namedPeopleOf(workspace);
  const card = people.card(stored);
  const { profile } = readProfile(customer);
  // Dates and amounts in the workspace style, as the app and the story show them.
  const { format } = readWorkspaceFormat(workspace);
  const dates = { locale: format.locale, timeZone };
  const interactions = people.interactions(readInteractions(customer, timeZone).items);
  const followUps = people.followUps(readFollowUps(customer).items);
  const parts = [
    `# ${card.name}`,
    [
      line('Company', card.company),
      line('Stage', STAGE_LABELS[card.stage]),
      line('Owner', card.owner),
      line('Tags', card.tags.join(', ')),
      line('Email', profile.emails.join(', ')),
      line('Phone', profile.phones.join(', ')),
      line('Role', profile.role),
      line('Address', profile.address),
      line('Preferences', profile.preferences),
      line('Likes', profile.likes),
      line('Dislikes', profile.dislikes),
      line('Reasons for buying', profile.reasonsForBuying),
      line('Habits', profile.habits),
      line('Important dates', profile.importantDates.map((d) => `${d.label} ${formatCalendarDate(d.date, format.locale)}`).join(', ')),
    ]
      .filter(Boolean)
      .join('\n'),
    '## Notebook',
    readNotebookMarkdown(customer) || '_Empty._',
    '## Timeline',
    [
      ...interactions.map((i) => ({
        at: i.at,
        text: `- ${formatEventDate(i.when, dates)} **${i.kind}** (${i.sentiment}${i.amount ? `, ${formatMoney(i.amount, format.locale)}` : ''}): ${i.summary.replace(/\n+/g, ' ')}`,
      })),
      ...card.stageHistory.map((s) => ({ at: s.at, text: `- ${formatInstantDate(s.at, dates)} **stage** → ${STAGE_LABELS[s.stage]} (${s.by})` })),
    ]
      // Newest first by time: formatted dates do not sort as text.
      .sort((a, b) => b.at - a.at)
      .map((entry) => entry.text)
      .join('\n') || '_Nothing yet._',
    '## Follow-ups',
    followUps.map((f) => `- [${f.done ? 'x' : ' '}] ${formatCalendarDate(f.due, format.locale)} ${f.text}${f.assignee ? ` (${f.assignee})` : ''}`).join('\n') || '_None._',
  ];
  // Everything in it is user content: HTML escaped, unsafe links as plain text.
  return `${safeMarkdown(parts.join('\n\n'))}\n`;
}
