import { z } from 'zod';
import type { MetaStore } from '../store/metaStore';

/** Where a workspace syncs, kept on this device (the token is a secret: never in a synced doc). */
export const syncConfigSchema = z.object({
  relayUrl: z.string().regex(/^wss?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'The relay URL starts with ws:// or wss://').max(500),
  token: z.string().min(1, 'The token is missing').max(500),
  enabled: z.boolean().default(true),
});
export type SyncConfig = z.infer<typeof syncConfigSchema>;

const key = (workspaceId: string) => `sync:${workspaceId}`;

export async function loadSyncConfig(meta: MetaStore, workspaceId: string): Promise<SyncConfig | null> {
  const parsed = syncConfigSchema.safeParse(await meta.getSetting(key(workspaceId)));
  return parsed.success ? parsed.data : null;
}

export async function saveSyncConfig(meta: MetaStore, workspaceId: string, config: SyncConfig | null): Promise<void> {
  await meta.setSetting(key(workspaceId), config === null ? null : syncConfigSchema.parse(config));
}
