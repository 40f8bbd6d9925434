import type { DBSchema } from 'idb';
import type { CustomerDigest } from '../../shared/model/digest';

/**
 * One IndexedDB database per workspace holds every doc of it (the workspace doc
 * and all customer docs): opening the workspace reads one record set, not
 * thousands of databases as y-indexeddb's one-database-per-doc layout would.
 *
 * - `snapshots`: the compacted state of each doc (Y.encodeStateAsUpdate).
 * - `updates`: updates written since that snapshot, in order; `byDoc` index.
 * - `cache`: derived data computed on this device (never synced): search index, card list.
 * - `digests`, `dirty`: per-customer derived figures, and which docs need them recomputed.
 */
export interface WorkspaceDB extends DBSchema {
  snapshots: { key: string; value: SnapshotRecord };
  updates: { key: number; value: { doc: string; update: Uint8Array }; indexes: { byDoc: string } };
  cache: { key: string; value: unknown };
  /** Derived per-customer figures (see src/shared/model/digest.ts). */
  digests: { key: string; value: CustomerDigest };
  /** Docs written since their derived data (digest, search entry) was last computed; value: a write mark. */
  dirty: { key: string; value: string };
}

/** `generation` changes with every write: derived caches record the generation they were computed from. */
export interface SnapshotRecord {
  doc: string;
  state: Uint8Array;
  updatedAt: number;
  generation?: string;
}

export interface WorkspaceMeta {
  id: string;
  name: string;
  createdAt: number;
  lastOpenedAt: number;
}

/** The registry of workspaces on this device, and small device settings. */
export interface MetaDB extends DBSchema {
  workspaces: { key: string; value: WorkspaceMeta };
  settings: { key: string; value: unknown };
}

export const META_DB = 'rapport-meta';
export const workspaceDbName = (workspaceId: string): string => `rapport-ws-${workspaceId}`;
