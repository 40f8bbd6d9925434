import { z } from 'zod';
import type { MergeChange } from './merge';
import { moneySchema } from '../money/money';

const changeSchema: z.ZodType<MergeChange> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('emails'), add: z.array(z.string()) }),
  z.object({ kind: z.literal('phones'), add: z.array(z.string()) }),
  z.object({ kind: z.literal('fill'), field: z.enum(['role', 'address']), value: z.string() }),
  z.object({ kind: z.literal('dates'), add: z.array(z.object({ label: z.string(), date: z.string() })) }),
  z.object({ kind: z.literal('custom'), key: z.string(), value: z.string() }),
  z.object({ kind: z.literal('history'), field: z.string(), value: z.unknown(), shown: z.string() }) as never,
  z.object({ kind: z.literal('tags'), add: z.array(z.string()) }),
  z.object({ kind: z.literal('customerSince'), at: z.number(), date: z.string() }),
  z.object({ kind: z.literal('owner'), value: z.string() }),
  z.object({ kind: z.literal('notes'), lines: z.array(z.string()) }),
  z.object({
    kind: z.literal('purchase'),
    column: z.string(),
    money: moneySchema,
    total: moneySchema,
    raw: z.string(),
    date: z.string().nullable(),
    partOfTotal: z.boolean(),
    interactionId: z.string().max(100).optional(),
  }),
]);

/** What an import changed, so one click can take it all back (kept on the device: see importHistory). */
export const importUndoSchema = z.object({
  importId: z.string().max(100),
  at: z.number(),
  created: z.array(z.string().max(100)),
  /** Members the import added (owners it did not know); absent in records of earlier versions. */
  members: z.array(z.string().max(100)).max(10_000).optional(),
  /** Customers merged into: the changes written, the card's creation date before, and the ids of the notebook blocks appended. */
  merged: z.array(
    z.object({
      customerId: z.string().max(100),
      changes: z.array(changeSchema),
      createdAtBefore: z.number().nullable(),
      notesBlocks: z.array(z.tuple([z.number(), z.number()])),
    }),
  ),
});
export type ImportUndo = z.infer<typeof importUndoSchema>;
