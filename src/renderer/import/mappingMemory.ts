import { z } from 'zod';
import { TARGET_FIELDS, type ColumnMapping } from '../../shared/import/types';
import type { MetaStore } from '../store/metaStore';

/** Mappings the user chose, by the header signature of the file: the next export from the same place maps itself. */
const KEY = 'import-mappings-v1';
const memorySchema = z.record(z.string().max(5000), z.record(z.string(), z.enum(TARGET_FIELDS)));

export async function rememberedMapping(meta: MetaStore, signature: string): Promise<ColumnMapping | undefined> {
  const parsed = memorySchema.safeParse(await meta.getSetting(KEY));
  return parsed.success ? parsed.data[signature] : undefined;
}

export async function rememberMapping(meta: MetaStore, signature: string, mapping: ColumnMapping): Promise<void> {
  const parsed = memorySchema.safeParse(await meta.getSetting(KEY));
  const all = parsed.success ? parsed.data : {};
  all[signature] = mapping;
  // Keep the 50 most recent: a long-lived device should not grow this without bound.
  const entries = Object.entries(all).slice(-50);
  await meta.setSetting(KEY, Object.fromEntries(entries));
}
