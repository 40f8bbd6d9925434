import { z } from 'zod';
import { STAGES } from '../stages';
import { moneyFromLegacy, moneySchema, type Money } from '../money/money';
import { storedEventDateSchema, type EventDate } from '../dates/eventDate';

/** Schemas for every value stored in a Y type. Unknown extra keys are allowed and kept. */

export const stageSchema = z.enum(STAGES);
export const tierSchema = z.enum(['A', 'B', 'C']);
export type Tier = z.infer<typeof tierSchema>;

const text = (max: number) => z.string().max(max);
/** Epoch milliseconds. */
export const timestampSchema = z.number().int().nonnegative().finite();
/** A calendar date, YYYY-MM-DD, with no time zone: follow-up due dates and important dates. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const stageEntrySchema = z.looseObject({
  stage: stageSchema,
  at: timestampSchema,
  by: text(200),
  /** Why, when someone said (asked on a move to At risk or Lost). */
  reason: text(500).optional(),
});
export type StageEntry = z.infer<typeof stageEntrySchema>;

/** One element of the workspace's `stageMoves` array. */
export const stageMoveSchema = stageEntrySchema.extend({ customerId: z.string().min(1).max(100) });

/** Card fields kept in the workspace doc, one Y.Map per customer. */
export const cardFieldSchemas = {
  name: text(500),
  company: text(500),
  owner: text(200),
  tags: z.array(text(100)).max(200),
  tierOverride: tierSchema.nullable(),
  createdAt: timestampSchema,
  archived: z.boolean(),
  cadenceDays: z.number().int().positive().max(3650).nullable(),
  /** The customer this one was merged into (it is archived then); null or absent when it was not. */
  mergedInto: z.string().min(1).max(100).nullable(),
} as const;
export type CardField = keyof typeof cardFieldSchemas;

/** A whole card: the optional fields default when absent (new cards store only what is set). */
export const cardSchema = z.looseObject({
  name: cardFieldSchemas.name,
  company: cardFieldSchemas.company,
  owner: cardFieldSchemas.owner,
  createdAt: cardFieldSchemas.createdAt,
  tags: cardFieldSchemas.tags.optional(),
  tierOverride: cardFieldSchemas.tierOverride.optional(),
  archived: cardFieldSchemas.archived.optional(),
  cadenceDays: cardFieldSchemas.cadenceDays.optional(),
  mergedInto: cardFieldSchemas.mergedInto.optional(),
});

export const importantDateSchema = z.looseObject({ label: text(200), date: isoDateSchema });
export type ImportantDate = z.infer<typeof importantDateSchema>;

export const customFieldValueSchema = z.union([text(5000), z.number().finite(), z.boolean(), z.null()]);

/** The detailed profile, one key per field in the customer doc's `profile` map. */
export const profileFieldSchemas = {
  emails: z.array(text(320)).max(50),
  phones: z.array(text(100)).max(50),
  address: text(2000),
  role: text(200),
  habits: text(5000),
  preferences: text(5000),
  likes: text(5000),
  dislikes: text(5000),
  reasonsForBuying: text(5000),
  importantDates: z.array(importantDateSchema).max(200),
  customFields: z.record(z.string().max(200), customFieldValueSchema),
} as const;
export type ProfileField = keyof typeof profileFieldSchemas;
export type Profile = { [K in ProfileField]: z.infer<(typeof profileFieldSchemas)[K]> };

export const INTERACTION_KINDS = ['call', 'meeting', 'email', 'message', 'purchase', 'support', 'feedback', 'gift', 'note'] as const;
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;

/**
 * The currency of amounts stored as plain numbers by earlier versions: they always
 * showed them as euros, so they are euros, whatever the workspace currency is now.
 */
export const LEGACY_CURRENCY = 'EUR';

/**
 * An amount as stored: {minor, currency}, or a plain number of euros written by an
 * earlier version (read losslessly; one with more decimals than cents is invalid,
 * never rounded), or null.
 */
export const storedAmountSchema = z.union([
  z.null(),
  moneySchema,
  z
    .number()
    .finite()
    .refine((n) => moneyFromLegacy(n, LEGACY_CURRENCY) !== null, 'an amount from an earlier version with more decimals than cents'),
]);

/** An interaction as stored in the customer doc (see readInteraction for the value views use). */
export const interactionSchema = z.looseObject({
  kind: z.enum(INTERACTION_KINDS),
  at: storedEventDateSchema,
  summary: text(20_000),
  sentiment: z.enum(SENTIMENTS),
  amount: storedAmountSchema,
  author: text(200),
});
export type InteractionRecord = z.infer<typeof interactionSchema>;

/** An interaction as views read it. Keys written by newer versions are kept (and written back). */
export interface Interaction {
  [key: string]: unknown;
  id: string;
  kind: InteractionKind;
  summary: string;
  sentiment: Sentiment;
  author: string;
  /** The date, with a time only when one was given. */
  when: EventDate;
  /** For ordering and figures: the instant, or for a date without a time its midday in the device's zone. */
  at: number;
  amount: Money | null;
}
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export type Sentiment = (typeof SENTIMENTS)[number];
export const followUpSchema = z.looseObject({
  due: isoDateSchema,
  text: text(5000),
  assignee: text(200),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema> & { id: string };

export const memberSchema = z.looseObject({ name: text(200), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) });
export type Member = z.infer<typeof memberSchema>;

export const customFieldDefSchema = z.looseObject({
  key: text(200),
  label: text(200),
  type: z.enum(['text', 'number', 'date', 'boolean']),
});
export type CustomFieldDef = z.infer<typeof customFieldDefSchema>;
