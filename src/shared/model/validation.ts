import type { z } from 'zod';

/**
 * A value read from a Y type that did not match its schema. It came from another
 * version of Rapport or a hostile peer: it is shown as invalid, never dropped,
 * and left in the document untouched until the user replaces it.
 */
export interface InvalidField {
  field: string;
  raw: unknown;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; invalid: InvalidField };

export function parseField<T>(field: string, schema: z.ZodType<T>, raw: unknown): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const message = result.error.issues.map((issue) => issue.message).join('; ');
  return { ok: false, invalid: { field, raw, message } };
}

/** Reads a field, falling back when it is missing or invalid, and records what was wrong. */
export function readField<T>(
  field: string,
  schema: z.ZodType<T>,
  raw: unknown,
  fallback: T,
  invalid: InvalidField[],
): T {
  if (raw === undefined) return fallback;
  const parsed = parseField(field, schema, raw);
  if (parsed.ok) return parsed.value;
  invalid.push(parsed.invalid);
  return fallback;
}

/** A short, safe preview of an invalid value for display. */
export function describeRaw(raw: unknown): string {
  let text: string;
  try {
    text = typeof raw === 'string' ? JSON.stringify(raw) : JSON.stringify(raw) ?? String(raw);
  } catch {
    text = String(raw);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
