import { z } from 'zod';
import { stageSchema, tierSchema } from '../model/schemas';
import type { CustomerCard } from '../model/workspaceDoc';
import type { CustomerSummary } from '../insights/summary';
import { normalizeTerm, tokenize } from './tokens';

/**
 * Saved filters ("segments") on the customers list. Every criterion is optional and
 * they combine with AND; within a list (stages, tiers, health) any value matches.
 * Stored in the workspace doc, so parsed with zod like every Y value; unknown keys
 * from newer versions are kept.
 */
export const segmentSchema = z.looseObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  stages: z.array(stageSchema).max(20).optional(),
  tag: z.string().max(100).optional(),
  owner: z.string().max(200).optional(),
  tiers: z.array(tierSchema).max(3).optional(),
  health: z.array(z.enum(['green', 'amber', 'red'])).max(3).optional(),
  /** Words that must all appear: in name, company, owner or tags, or in the full-text results passed in. */
  text: z.string().max(500).optional(),
  /** 'exclude' (default): active customers only; 'only': the archive; 'include': both. */
  archived: z.enum(['exclude', 'include', 'only']).optional(),
});
export type Segment = z.infer<typeof segmentSchema>;

export interface SegmentOptions {
  /**
   * Ids matching `segment.text` in the full-text index (CustomerSearchIndex.search).
   * Without it, text matches the card only: every query word must start a word of
   * the name, company, owner or a tag.
   */
  textMatches?: ReadonlySet<string>;
}

function cardWords(card: CustomerCard): string[] {
  return tokenize([card.name, card.company, card.owner, ...card.tags].join(' ')).map(normalizeTerm);
}

/** Does every word of the query start some word of the card? */
export function cardMatchesText(card: CustomerCard, query: string): boolean {
  const wanted = tokenize(query).map(normalizeTerm);
  if (wanted.length === 0) return true;
  const words = cardWords(card);
  return wanted.every((w) => words.some((c) => c.startsWith(w)));
}

/** The cards in the segment, in input order. A card without a summary fails tier and health criteria. */
export function applySegment(
  segment: Segment,
  cards: readonly CustomerCard[],
  summaries: ReadonlyMap<string, CustomerSummary>,
  options: SegmentOptions = {},
): CustomerCard[] {
  const stages = segment.stages?.length ? new Set<string>(segment.stages) : null;
  const tiers = segment.tiers?.length ? new Set<string>(segment.tiers) : null;
  const health = segment.health?.length ? new Set<string>(segment.health) : null;
  const tag = segment.tag?.trim().toLowerCase() || null;
  const owner = segment.owner?.trim() || null;
  const text = segment.text?.trim() || null;
  const archived = segment.archived ?? 'exclude';
  return cards.filter((card) => {
    if (archived === 'exclude' && card.archived) return false;
    if (archived === 'only' && !card.archived) return false;
    if (stages && !stages.has(card.stage)) return false;
    if (owner !== null && card.owner !== owner) return false;
    if (tag !== null && !card.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (tiers || health) {
      const s = summaries.get(card.id);
      if (!s) return false;
      if (tiers && !tiers.has(s.tier)) return false;
      if (health && !health.has(s.health.level)) return false;
    }
    if (text !== null) {
      if (options.textMatches ? !options.textMatches.has(card.id) : !cardMatchesText(card, text)) return false;
    }
    return true;
  });
}

/** Reads a stored list of segments: valid ones returned, invalid ones reported (and left in the doc). */
export function parseSegments(raw: unknown): { segments: Segment[]; invalid: { index: number; raw: unknown; message: string }[] } {
  const segments: Segment[] = [];
  const invalid: { index: number; raw: unknown; message: string }[] = [];
  if (!Array.isArray(raw)) return { segments, invalid: raw === undefined ? [] : [{ index: -1, raw, message: 'expected a list of segments' }] };
  raw.forEach((item, index) => {
    const parsed = segmentSchema.safeParse(item);
    if (parsed.success) segments.push(parsed.data);
    else invalid.push({ index, raw: item, message: parsed.error.issues[0]?.message ?? 'invalid' });
  });
  return { segments, invalid };
}
