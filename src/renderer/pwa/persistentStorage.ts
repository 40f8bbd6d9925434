import { z } from 'zod';
import type { MetaStore } from '../store/metaStore';
import { readStorageStatus, type StorageApi } from './storageStatus';

const ASKED_KEY = 'storagePersistenceAsked';

/**
 * Asks the browser once per device to keep Rapport's data (navigator.storage.persist),
 * called when a workspace is created or opened, so a blank first page never asks.
 * Chromium answers by itself (installed app, engagement); Firefox asks the user, which
 * is why this runs from the click that creates or opens the first workspace and is not
 * repeated: a "no" stays a no. Settings -> Storage can ask again on a click.
 */
export async function askPersistentStorageOnce(meta: Pick<MetaStore, 'getSetting' | 'setSetting'>, api?: StorageApi): Promise<boolean | null> {
  try {
    const status = await readStorageStatus(api);
    if (!status.canAsk || status.persisted !== false) return status.persisted;
    if (z.literal(true).safeParse(await meta.getSetting(ASKED_KEY)).success) return false;
    // Written before asking: a prompt the user closes without answering is not asked again.
    await meta.setSetting(ASKED_KEY, true);
    return await requestPersistentStorage(api);
  } catch {
    // Only a nicety: opening the workspace never fails for it.
    return null;
  }
}

/** Asks now (from a click in Settings); the browser's answer, or null where it cannot ask. */
export async function requestPersistentStorage(api: StorageApi | undefined = navigator.storage): Promise<boolean | null> {
  if (!api || typeof api.persist !== 'function') return null;
  try {
    return z.boolean().parse(await api.persist());
  } catch {
    return null;
  }
}
