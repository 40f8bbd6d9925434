import type * as Y from 'yjs';
import { readCardById } from '../model/workspaceDoc';
import { readFollowUps, readInteractions, readProfile } from '../model/customerDoc';
import { withNotebook } from '../notebook/headless';
import type { StoryInput } from './storyHtml';

/** Everything the story shows, read from the workspace doc and the customer's doc. */
export function storyInputFromDocs(
  workspace: Y.Doc,
  customer: Y.Doc,
  customerId: string,
  context: { now: number; timeZone: string; summary?: StoryInput['summary'] },
): StoryInput {
  const card = readCardById(workspace, customerId);
  if (!card) throw new Error(`No customer ${customerId} in this workspace.`);
  return {
    card,
    profile: readProfile(customer).profile,
    interactions: readInteractions(customer).items,
    followUps: readFollowUps(customer).items,
    notebook: withNotebook(customer, (editor) => editor.getEditorState().toJSON()),
    summary: context.summary,
    generatedAt: context.now,
    timeZone: context.timeZone,
  };
}
