import type * as Y from 'yjs';
import { readCardById } from '../model/workspaceDoc';
import { readFollowUps, readInteractions, readProfile } from '../model/customerDoc';
import { withNotebook } from '../notebook/headless';
import { summarizeWorkspace, type CustomerSummary } from '../insights/summary';
import type { StoryInput } from './storyTypes';
import { readWorkspaceFormat } from '../model/workspaceFormat';
import { namedPeopleOf } from '../model/namedPeople';

/** The figures the story's cover shows, taken from an insights summary. */
export function storySummaryOf(summary: CustomerSummary): NonNullable<StoryInput['summary']> {
  return { tier: summary.tier, ltv: summary.ltv, daysInStage: summary.daysInStage, health: summary.health };
}

/**
 * Everything the story shows, read from the workspace doc and the customer's doc.
 * Pass the customer's summary from the workspace-wide insights when there is one:
 * the tier is relative to every customer. Without it, health, value and time in
 * stage are computed here from this customer alone, and the tier is the card's
 * manual override or, if none, computed against this customer only.
 */
export function storyInputFromDocs(
  workspace: Y.Doc,
  customer: Y.Doc,
  customerId: string,
  context: { now: number; timeZone: string; summary?: StoryInput['summary'] },
): StoryInput {
  const card = readCardById(workspace, customerId);
  if (!card) throw new Error(`No customer ${customerId} in this workspace.`);
  const interactions = readInteractions(customer, context.timeZone).items;
  const followUps = readFollowUps(customer).items;
  const { format } = readWorkspaceFormat(workspace);
  const summary =
    context.summary ??
    storySummaryOf(summarizeWorkspace([{ card, interactions, followUps }], { now: context.now, timeZone: context.timeZone, currency: format.currency }).byId.get(card.id)!);
  // The story is read outside the app: people by their names as they are today.
  const people = namedPeopleOf(workspace);
  return {
    card: people.card(card),
    profile: readProfile(customer).profile,
    interactions: people.interactions(interactions),
    followUps: people.followUps(followUps),
    notebook: withNotebook(customer, (editor) => editor.getEditorState().toJSON()),
    summary,
    generatedAt: context.now,
    timeZone: context.timeZone,
    format,
  };
}
