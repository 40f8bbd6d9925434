import { createContext, useContext } from 'react';
import type { LocalUser, MetaStore } from '../store/metaStore';
import type { WorkspaceMeta } from '../store/schema';
import type { SyncConfig } from '../sync/syncConfig';

/** What any view may ask of the app: who the user is, and the workspaces on this device. */
export interface AppActions {
  user: LocalUser;
  /** The device's registry and settings (remembered import mappings...). */
  meta: MetaStore;
  workspaces: WorkspaceMeta[];
  currentWorkspace: WorkspaceMeta | null;
  openWorkspace(workspace: WorkspaceMeta): Promise<void>;
  createWorkspace(name: string): Promise<void>;
  openSample(): Promise<void>;
  /** Renames this device's user or changes their colour (the open workspace's member entry too). */
  updateUser(patch: { name?: string; color?: string }): Promise<void>;
  renameWorkspace(workspace: WorkspaceMeta, name: string): Promise<void>;
  /** This workspace's relay settings on this device (null: local only). */
  syncConfig: SyncConfig | null;
  saveSync(config: SyncConfig | null): Promise<void>;
  /** Joins a shared workspace from an invite code: a new local workspace with the same id, synced. */
  joinWithInvite(code: string): Promise<void>;
  /** Adds a workspace whose store is already written (a restored backup) and opens it. */
  registerWorkspace(workspace: WorkspaceMeta): Promise<void>;
}

export const AppContext = createContext<AppActions | null>(null);

export function useApp(): AppActions {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside the app');
  return app;
}
