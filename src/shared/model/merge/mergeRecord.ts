import type * as Y from 'yjs';
import { z } from 'zod';
import { timestampSchema } from '../schemas';

/**
 * What a merge wrote into the kept customer's doc, kept in that doc so that any
 * device can fold later edits of the merged-away customer in (skipping what is
 * already there) and undo the merge, after a reload too.
 *
 * - `merges`: Y.Map<otherId, MergeHeader>: one entry per customer merged in.
 * - `mergeFolds`: Y.Map<"otherId␀kind␀source key", Fold>: one entry per thing
 *   copied over (an interaction, a follow-up, a profile field, a history entry, a
 *   notebook block, a stage move), so two devices folding at once write separate
 *   keys and the record converges.
 */
export const CD_MERGES = 'merges';
export const CD_MERGE_FOLDS = 'mergeFolds';

/** Origin of every write a merge, a fold or an undo of a merge makes (not in the editing undo stacks). */
export const MERGE_ORIGIN = 'merge';

const blockIdSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type BlockId = z.infer<typeof blockIdSchema>;

export const mergeHeaderSchema = z.looseObject({
  mergeId: z.string().min(1).max(100),
  otherName: z.string().max(500),
  at: timestampSchema,
  by: z.string().max(200),
  /** The heading written above the other customer's notebook, once there was something to copy. */
  heading: blockIdSchema.nullable(),
  archivedBefore: z.boolean(),
  tagsAdded: z.array(z.string().max(100)).max(400),
});
export type MergeHeader = z.infer<typeof mergeHeaderSchema>;

/** Kinds of things folded: interaction, follow-up, profile field, field history entry, notebook block, stage move. */
export type FoldKind = 'i' | 'f' | 'p' | 'h' | 'b' | 's';

export const foldSchema = z.looseObject({
  /** Fingerprint of the source as last folded: a source that changed since is folded again. */
  fp: z.string().max(20),
  /** Where it went: a map key in the kept doc, or a notebook block's id. */
  dest: z.union([z.string().max(300), blockIdSchema]).optional(),
  /** The kept doc already held exactly this (same id, same value): the undo leaves it. */
  preexisting: z.boolean().optional(),
  /** A profile field the merge changed: its value before (absent when it had none) and what the merge wrote. */
  hadBefore: z.boolean().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type Fold = z.infer<typeof foldSchema>;

export function mergesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CD_MERGES);
}

export function foldsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CD_MERGE_FOLDS);
}

export function foldKey(otherId: string, kind: FoldKind, key: string): string {
  return `${otherId}\u0000${kind}\u0000${key}`;
}

export function readHeader(kept: Y.Doc, otherId: string): MergeHeader | undefined {
  const parsed = mergeHeaderSchema.safeParse(mergesMap(kept).get(otherId));
  return parsed.success ? parsed.data : undefined;
}

export function readFold(kept: Y.Doc, key: string): Fold | undefined {
  const parsed = foldSchema.safeParse(foldsMap(kept).get(key));
  return parsed.success ? parsed.data : undefined;
}

/** Every fold of one merged-in customer, by kind and source key. */
export function foldsOf(kept: Y.Doc, otherId: string): { kind: FoldKind; source: string; key: string; fold: Fold }[] {
  const prefix = `${otherId}\u0000`;
  const out: { kind: FoldKind; source: string; key: string; fold: Fold }[] = [];
  foldsMap(kept).forEach((raw, key) => {
    if (!key.startsWith(prefix)) return;
    const parsed = foldSchema.safeParse(raw);
    if (!parsed.success) return;
    const [, kind, source] = key.split('\u0000');
    out.push({ kind: kind as FoldKind, source: source ?? '', key, fold: parsed.data });
  });
  return out;
}

/** A short fingerprint of a stored value (FNV-1a over its JSON): tells "changed since folded" apart, nothing more. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}.${text.length.toString(36)}`;
}
