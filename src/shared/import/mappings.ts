import { z } from 'zod';
import { TARGET_FIELDS, type ColumnMapping } from './types';
import { headerSignature, normalizeHeader } from './presets';

/**
 * Column mappings the user chose, keyed by the header signature of the file, so
 * the next export from the same CRM maps itself. Stored by the app (settings);
 * whatever is read back is parsed here, and anything invalid is dropped rather
 * than trusted.
 */
export const rememberedMappingsSchema = z.object({
  version: z.literal(1),
  entries: z
    .array(
      z.object({
        signature: z.string().max(20_000),
        /** By normalized header, so "E-Mail" and "e-mail" files share one mapping. */
        mapping: z.record(z.string().max(500), z.enum(TARGET_FIELDS)),
        usedAt: z.number().int().nonnegative(),
      }),
    )
    .max(1000),
});
export type RememberedMappings = z.infer<typeof rememberedMappingsSchema>;

/** How many mappings a device keeps: the most recently used. */
export const MAX_REMEMBERED = 50;

export function emptyMappings(): RememberedMappings {
  return { version: 1, entries: [] };
}

/** Reads stored mappings; anything that does not parse is treated as none remembered. */
export function parseRememberedMappings(stored: unknown): RememberedMappings {
  const parsed = rememberedMappingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : emptyMappings();
}

/** The mapping remembered for a file with these headers, limited to columns the file has. */
export function recallMapping(memory: RememberedMappings, headers: readonly string[]): ColumnMapping | undefined {
  const signature = headerSignature([...headers]);
  const entry = memory.entries.find((e) => e.signature === signature);
  if (!entry) return undefined;
  return Object.fromEntries(headers.map((h) => [h, entry.mapping[normalizeHeader(h)] ?? 'ignore']));
}

/** A new memory with this mapping remembered (most recent first, at most MAX_REMEMBERED). */
export function rememberMapping(memory: RememberedMappings, headers: readonly string[], mapping: ColumnMapping, now: number): RememberedMappings {
  const signature = headerSignature([...headers]);
  const kept = Object.fromEntries(headers.filter((h) => mapping[h] !== undefined).map((h) => [normalizeHeader(h), mapping[h]]));
  const others = memory.entries.filter((e) => e.signature !== signature);
  return { version: 1, entries: [{ signature, mapping: kept, usedAt: now }, ...others].slice(0, MAX_REMEMBERED) };
}
