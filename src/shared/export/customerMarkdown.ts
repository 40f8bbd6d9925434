import type * as Y from 'yjs';
import { readCardById } from '../model/workspaceDoc';
import { readFollowUps, readInteractions, readProfile } from '../model/customerDoc';
import { readNotebookMarkdown } from '../notebook/headless';
import { STAGE_LABELS } from '../stages';

const line = (label: string, value: string) => (value.trim() ? `- **${label}:** ${value.replace(/\n+/g, ' ')}` : '');

/** One customer as Markdown: profile, the notebook as written, the timeline and follow-ups. */
export function customerToMarkdown(workspace: Y.Doc, customer: Y.Doc, customerId: string, timeZone: string): string {
  const card = readCardById(workspace, customerId);
  if (!card) throw new Error(`No customer ${customerId}`);
  const { profile } = readProfile(customer);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const interactions = readInteractions(customer).items;
  const followUps = readFollowUps(customer).items;
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
      line('Important dates', profile.importantDates.map((d) => `${d.label} ${d.date}`).join(', ')),
    ]
      .filter(Boolean)
      .join('\n'),
    '## Notebook',
    readNotebookMarkdown(customer) || '_Empty._',
    '## Timeline',
    [
      ...interactions.map((i) => `- ${date.format(i.at)} **${i.kind}** (${i.sentiment}${i.amount != null ? `, ${i.amount}` : ''}): ${i.summary.replace(/\n+/g, ' ')}`),
      ...card.stageHistory.map((s) => `- ${date.format(s.at)} **stage** → ${STAGE_LABELS[s.stage]} (${s.by})`),
    ]
      .sort()
      .reverse()
      .join('\n') || '_Nothing yet._',
    '## Follow-ups',
    followUps.map((f) => `- [${f.done ? 'x' : ' '}] ${f.due} ${f.text}${f.assignee ? ` (${f.assignee})` : ''}`).join('\n') || '_None._',
  ];
  return `${parts.join('\n\n')}\n`;
}
