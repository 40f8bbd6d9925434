import type { z } from 'zod';

const json = (v: unknown) => JSON.stringify(v);

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Two list entries are the same: emails and phones compared without case and spaces, others as stored. */
const sameKey = (field: string) => (v: unknown) =>
  field === 'emails' || field === 'phones' ? (typeof v === 'string' ? v.trim().toLowerCase().replace(/\s+/g, '') : json(v)) : json(v);

/**
 * What merging the other customer's value of one profile field into the kept
 * customer's does: `value` is the kept field's new value (absent: unchanged),
 * `history` a value to put in the field's history because it differs from what
 * the kept field keeps. Lists are joined (emails without duplicates), custom
 * fields gain the keys they lack; whatever cannot be joined within the field's
 * schema (too long, another shape, a value a newer version wrote) goes to the
 * history whole, so nothing is lost.
 */
export function mergeProfileValue(field: string, kept: unknown, other: unknown, schema: z.ZodType | null): { value?: unknown; history?: unknown } {
  if (isEmpty(other) || json(kept) === json(other)) return {};
  if (isEmpty(kept)) return { value: other };
  const valid = (v: unknown) => schema === null || schema.safeParse(v).success;
  if (Array.isArray(kept) && Array.isArray(other) && valid(kept) && valid(other)) {
    const key = sameKey(field);
    const seen = new Set(kept.map(key));
    const added = other.filter((v) => {
      const k = key(v);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (added.length === 0) return {};
    const joined = [...kept, ...added];
    return valid(joined) ? { value: joined } : { history: other };
  }
  if (isRecord(kept) && isRecord(other) && valid(kept) && valid(other)) {
    const missing = Object.entries(other).filter(([k]) => !(k in kept));
    const differs = Object.entries(other).some(([k, v]) => k in kept && json(kept[k]) !== json(v));
    const joined = missing.length > 0 ? { ...kept, ...Object.fromEntries(missing) } : undefined;
    const result: { value?: unknown; history?: unknown } = {};
    if (joined && valid(joined)) result.value = joined;
    if (differs || (joined && result.value === undefined)) result.history = other;
    return result;
  }
  return { history: other };
}
