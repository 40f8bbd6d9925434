import * as Y from 'yjs';
import { addCustomerCard, moveToStage } from '../../src/shared/model/workspaceDoc';
import { putFollowUp, putInteraction, setProfileField } from '../../src/shared/model/customerDoc';
import { INTERACTION_KINDS, SENTIMENTS, type InteractionKind, type Sentiment } from '../../src/shared/model/schemas';
import { createNotebook } from '../../src/shared/notebook/headless';
import { setWorkspaceFormat } from '../../src/shared/model/workspaceFormat';
import { storyInputFromDocs } from '../../src/shared/story/storyInput';
import type { StoryInput } from '../../src/shared/story/storyTypes';

/** "Now" of every story fixture: reproducible figures and dates. */
export const STORY_NOW = Date.UTC(2026, 10, 22, 10);
const DAY = 86_400_000;

/**
 * A customer with everything a story shows: a long journey through every stage
 * (a short stay in At risk), a full profile, three years of interactions of every
 * kind (long summaries, refunds, times and dates without a time), follow-ups
 * overdue, due today and later, and a notebook of headings, lists and links.
 */
export function richCustomer(locale = 'en-GB'): StoryInput {
  const workspace = new Y.Doc();
  setWorkspaceFormat(workspace, { currency: 'EUR', locale });
  addCustomerCard(workspace, 'c1', { name: 'Margaret Hamilton-Okonkwo', company: 'Apollo Guidance Systems GmbH', owner: 'Alex Morgan', tags: ['key account', 'aerospace'], createdAt: Date.UTC(2023, 1, 1, 9) });
  const moves: [Parameters<typeof moveToStage>[2], number][] = [
    ['first_purchase', Date.UTC(2023, 3, 10, 9)],
    ['repeat', Date.UTC(2023, 10, 1, 9)],
    ['loyalist', Date.UTC(2024, 5, 15, 9)],
    ['at_risk', Date.UTC(2025, 8, 1, 9)],
    ['loyalist', Date.UTC(2025, 8, 20, 9)],
    ['advocate', Date.UTC(2026, 4, 1, 9)],
  ];
  for (const [stage, at] of moves) moveToStage(workspace, 'c1', stage, stage === 'at_risk' ? 'Sam Lee' : 'Alex Morgan', at);
  const customer = new Y.Doc();
  createNotebook(
    customer,
    [
      '# Account plan 2027',
      'Margaret sponsors the **navigation upgrade**; the budget is approved in [the March review](https://apollo.example/review) and confirmed by mail.',
      '## Risks',
      '- A competitor pilot in the Munich plant',
      '- Procurement asks for 90-day payment terms',
      '## Next steps',
      '1. Send the revised maintenance offer',
      '2. Invite the plant managers to the user day',
      '- [x] Sent the reference case',
      '- [ ] Book the quarterly business review',
      '> "You are the only supplier who calls before we have a problem."',
      'Notes from the last visit: the team prefers short written summaries after every call, a fixed agenda two days ahead, and no surprises on invoices.',
    ].join('\n\n'),
  );
  setProfileField(customer, 'role', 'Head of Flight Software');
  setProfileField(customer, 'emails', ['margaret@apollo.example', 'office@apollo.example']);
  setProfileField(customer, 'phones', ['+49 89 1234 5678']);
  setProfileField(customer, 'address', 'Leopoldstraße 12, 80802 München');
  setProfileField(customer, 'preferences', 'Email first, calls only with an agenda; Tuesday mornings');
  setProfileField(customer, 'likes', 'Clear roadmaps, rowing, Italian coffee');
  setProfileField(customer, 'dislikes', 'Surprise price changes, calls on Fridays');
  setProfileField(customer, 'reasonsForBuying', 'Reliability of the guidance units and the 24-hour support line');
  setProfileField(customer, 'habits', 'Reviews suppliers every March');
  setProfileField(customer, 'importantDates', [
    { label: 'Birthday', date: '1976-12-10' },
    { label: 'Contract renewal', date: '2027-03-31' },
    { label: 'First order', date: '2023-04-10' },
  ]);
  const summaries: [InteractionKind, string][] = [
    ['purchase', 'Purchase of guidance units for the Munich line'],
    ['call', 'Quarterly call about the delivery plan and spare parts'],
    ['meeting', 'On-site meeting with the plant managers and procurement'],
    ['email', 'Sent the maintenance offer with the revised payment terms'],
    ['support', 'Support ticket: firmware update failed on two units, fixed remotely'],
    ['feedback', 'Feedback survey: very satisfied with response times, wants better documentation'],
    ['gift', 'Sent a thank-you hamper after the successful launch'],
    ['message', 'Short message confirming the workshop date'],
    ['note', 'Internal note: budget owner changes in January'],
  ];
  for (let i = 0; i < 60; i++) {
    const [kind, summary] = summaries[i % summaries.length];
    const day = Date.UTC(2023, 3, 10) + Math.round(i * 21.7) * DAY;
    const sentiment: Sentiment = i % 7 === 3 ? 'negative' : i % 3 === 0 ? 'positive' : 'neutral';
    const amount = kind === 'purchase' ? { minor: i === 27 ? -250_000 : 1_000_000 + i * 37_550, currency: 'EUR' } : null;
    // Half with a time (working hours), half a date alone.
    const at = i % 2 === 0 ? new Date(day).toISOString().slice(0, 10) : `${new Date(day).toISOString().slice(0, 10)}T${String(9 + (i % 8)).padStart(2, '0')}:30+01:00`;
    putInteraction(customer, `i${String(i).padStart(3, '0')}`, { kind, at, summary: `${summary} (${i + 1})`, sentiment, amount, author: 'Alex Morgan' });
  }
  putFollowUp(customer, 'f1', { due: '2026-11-15', text: 'Send the revised maintenance offer', assignee: 'Alex Morgan', done: false });
  putFollowUp(customer, 'f2', { due: '2026-11-22', text: 'Call Margaret about the user day', assignee: 'Alex Morgan', done: false });
  putFollowUp(customer, 'f3', { due: '2026-12-05', text: 'Book the quarterly business review', assignee: 'Sam Lee', done: false });
  putFollowUp(customer, 'f4', { due: '2027-01-15', text: 'Prepare the renewal proposal with volume pricing', assignee: 'Alex Morgan', done: false });
  putFollowUp(customer, 'f5', { due: '2027-02-01', text: 'Plan the plant visit', assignee: '', done: false });
  putFollowUp(customer, 'f6', { due: '2027-03-01', text: 'Check the reference case with marketing', assignee: 'Sam Lee', done: false });
  putFollowUp(customer, 'f7', { due: '2026-10-01', text: 'Old task, done', assignee: 'Alex Morgan', done: true });
  return storyInputFromDocs(workspace, customer, 'c1', { now: STORY_NOW, timeZone: 'Europe/Berlin' });
}

/** The benchmark's customer: 200 interactions (one every day and a half through 2026) and a 300-block notebook. */
export function busyStoryDocs(): { workspace: Y.Doc; customer: Y.Doc; now: number } {
  const workspace = new Y.Doc();
  setWorkspaceFormat(workspace, { currency: 'EUR', locale: 'en-GB' });
  addCustomerCard(workspace, 'c1', { name: 'Benchmark Customer', company: 'Bench Co', owner: 'Alex', createdAt: Date.UTC(2024, 0, 1) });
  moveToStage(workspace, 'c1', 'repeat', 'Alex', Date.UTC(2025, 0, 1));
  const customer = new Y.Doc();
  const blocks: string[] = [];
  for (let i = 0; i < 300; i++) blocks.push(i % 20 === 0 ? `## Section ${i / 20 + 1}` : i % 5 === 0 ? `- item ${i} with **bold** and [a link](https://example.com/${i})` : `Paragraph ${i}: notes about pricing, delivery and the next review.`);
  createNotebook(customer, blocks.join('\n\n'));
  setProfileField(customer, 'preferences', 'Email first');
  for (let i = 0; i < 200; i++) {
    const kind = INTERACTION_KINDS[i % INTERACTION_KINDS.length];
    putInteraction(customer, `i${i}`, { kind, at: Date.UTC(2026, 0, 1, 9) + i * 1.5 * DAY, summary: `Interaction ${i}: discussed the order`, sentiment: SENTIMENTS[i % 3], amount: kind === 'purchase' ? { minor: 10_000 * i, currency: 'EUR' } : null, author: 'Alex' });
  }
  return { workspace, customer, now: STORY_NOW };
}

export function busyCustomer(): StoryInput {
  const { workspace, customer, now } = busyStoryDocs();
  return storyInputFromDocs(workspace, customer, 'c1', { now, timeZone: 'Europe/London' });
}
