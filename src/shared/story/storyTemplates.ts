import type { StorySection, StoryTemplateId } from './storyTypes';

/**
 * The two stories a user can print. An account review is read by whoever decides
 * on the account: figures and charts lead. A handover is read by whoever takes
 * the customer over: who to talk to, what is open, what they like and dislike,
 * and which dates matter lead; the charts are left out unless asked for.
 */
export interface StoryTemplate {
  id: StoryTemplateId;
  name: string;
  /** Every section, in print order. */
  order: readonly StorySection[];
  /** The sections printed unless the user chooses otherwise. */
  defaults: readonly StorySection[];
}

export const TEMPLATES: Record<StoryTemplateId, StoryTemplate> = {
  accountReview: {
    id: 'accountReview',
    name: 'Account review',
    order: ['cover', 'charts', 'journey', 'interactions', 'facts', 'followUps', 'notebook'],
    defaults: ['cover', 'charts', 'journey', 'interactions', 'facts', 'followUps', 'notebook'],
  },
  handover: {
    id: 'handover',
    name: 'Handover',
    order: ['cover', 'followUps', 'facts', 'journey', 'interactions', 'notebook', 'charts'],
    defaults: ['cover', 'followUps', 'facts', 'journey', 'interactions', 'notebook'],
  },
};

export function templateOf(id: StoryTemplateId | undefined): StoryTemplate {
  return TEMPLATES[id ?? 'accountReview'];
}

/** The sections to print, in the template's order. */
export function orderedSections(template: StoryTemplate, chosen: readonly StorySection[] | undefined): StorySection[] {
  const wanted = new Set(chosen ?? template.defaults);
  return template.order.filter((s) => wanted.has(s));
}
