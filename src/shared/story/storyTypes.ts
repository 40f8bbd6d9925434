import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp, Interaction, Profile } from '../model/schemas';
import type { WorkspaceFormat } from '../model/workspaceFormat';

export const STORY_SECTIONS = ['cover', 'charts', 'journey', 'facts', 'interactions', 'notebook', 'followUps'] as const;
export type StorySection = (typeof STORY_SECTIONS)[number];

export const STORY_TEMPLATES = ['accountReview', 'handover'] as const;
export type StoryTemplateId = (typeof STORY_TEMPLATES)[number];

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
  /** Account review (figures and charts first) or Handover (contacts, follow-ups, preferences, dates first). */
  template?: StoryTemplateId;
  /** The sections to print (in the template's order, whatever the order here); default: the template's. */
  sections?: readonly StorySection[];
  /** Interactions from and to (epoch ms, inclusive); the rest of the story is not filtered. */
  from?: number;
  to?: number;
  pageSize?: 'A4' | 'Letter';
}
