import { parseRememberedMappings, recallMapping, rememberMapping as remember } from '../../shared/import/mappings';
import type { ColumnMapping } from '../../shared/import/types';
import type { MetaStore } from '../store/metaStore';

/**
 * Mappings the user chose, by the set of headers of the file (in any order and
 * case): the next export from the same place maps itself. On the device, for
 * every workspace; what is read back is parsed (src/shared/import/mappings.ts).
 */
const KEY = 'import-mappings-v2';

export async function rememberedMapping(meta: MetaStore, headers: readonly string[]): Promise<ColumnMapping | undefined> {
  return recallMapping(parseRememberedMappings(await meta.getSetting(KEY)), headers);
}

export async function rememberMapping(meta: MetaStore, headers: readonly string[], mapping: ColumnMapping): Promise<void> {
  const memory = parseRememberedMappings(await meta.getSetting(KEY));
  await meta.setSetting(KEY, remember(memory, headers, mapping, Date.now()));
}
