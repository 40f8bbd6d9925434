import { openDB, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { META_DB, workspaceDbName, type MetaDB, type WorkspaceMeta } from './schema';

const LAST_WORKSPACE = 'lastWorkspace';
const LOCAL_USER = 'localUser';

export const localUserSchema = z.object({ id: z.string(), name: z.string().min(1).max(200), color: z.string() });
export type LocalUser = z.infer<typeof localUserSchema>;

/** The device's registry of workspaces and small settings (who the user is, the last workspace). */
export class MetaStore {
  private constructor(private readonly db: IDBPDatabase<MetaDB>) {}

  static async open(): Promise<MetaStore> {
    const db = await openDB<MetaDB>(META_DB, 1, {
      upgrade(database) {
        database.createObjectStore('workspaces', { keyPath: 'id' });
        database.createObjectStore('settings');
      },
    });
    return new MetaStore(db);
  }

  async listWorkspaces(): Promise<WorkspaceMeta[]> {
    const all = await this.db.getAll('workspaces');
    return all.sort((a, b) => b.lastOpenedAt - a.lastOpenedAt);
  }

  async putWorkspace(meta: WorkspaceMeta): Promise<void> {
    await this.db.put('workspaces', meta);
  }

  async getWorkspace(id: string): Promise<WorkspaceMeta | undefined> {
    return this.db.get('workspaces', id);
  }

  async touchWorkspace(id: string): Promise<void> {
    const meta = await this.db.get('workspaces', id);
    if (meta) await this.db.put('workspaces', { ...meta, lastOpenedAt: Date.now() });
    await this.db.put('settings', id, LAST_WORKSPACE);
  }

  async lastWorkspaceId(): Promise<string | undefined> {
    const id = await this.db.get('settings', LAST_WORKSPACE);
    return typeof id === 'string' ? id : undefined;
  }

  /** Removes a workspace and its database from this device. */
  async deleteWorkspace(id: string): Promise<void> {
    await this.db.delete('workspaces', id);
    if ((await this.lastWorkspaceId()) === id) await this.db.delete('settings', LAST_WORKSPACE);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(workspaceDbName(id));
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => resolve();
    });
  }

  async getLocalUser(): Promise<LocalUser | undefined> {
    const parsed = localUserSchema.safeParse(await this.db.get('settings', LOCAL_USER));
    return parsed.success ? parsed.data : undefined;
  }

  async setLocalUser(user: LocalUser): Promise<void> {
    await this.db.put('settings', localUserSchema.parse(user), LOCAL_USER);
  }

  async getSetting(key: string): Promise<unknown> {
    return this.db.get('settings', key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.put('settings', value, key);
  }
}
