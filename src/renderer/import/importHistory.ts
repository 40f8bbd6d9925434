import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { importUndoSchema, type ImportUndo } from '../../shared/import/undoSchema';
import type { WorkspaceSession } from '../workspace/session';

/**
 * Recent imports of a workspace, kept on this device (in the workspace's own
 * store, so they go with it) until the user dismisses or undoes them: the
 * banner on the customer list and Settings -> Imports offer "Undo import"
 * through navigation and reloads. Each entry holds what its undo needs.
 */
const KEY = 'import-history-v1';
const MAX_ENTRIES = 20;

const entrySchema = z.object({
  id: z.string().max(100),
  fileName: z.string().max(500),
  source: z.string().max(100),
  at: z.number(),
  /** false while the import is still writing (or was stopped by a reload): undo takes back what was written. */
  complete: z.boolean(),
  undo: importUndoSchema,
});
export type ImportEntry = z.infer<typeof entrySchema>;
const historySchema = z.object({ version: z.literal(1), entries: z.array(entrySchema).max(MAX_ENTRIES) });

interface State {
  entries: ImportEntry[];
  loaded: boolean;
  listeners: Set<() => void>;
  /** Writes in order: a later save never lands before an earlier one. */
  saving: Promise<void>;
}

const states = new WeakMap<WorkspaceSession, State>();

function stateOf(session: WorkspaceSession): State {
  let state = states.get(session);
  if (!state) {
    state = { entries: [], loaded: false, listeners: new Set(), saving: Promise.resolve() };
    states.set(session, state);
    const s = state;
    s.saving = session.store
      .getCache(KEY)
      .then((stored) => {
        const parsed = historySchema.safeParse(stored);
        // Entries added before the stored list arrived (an import started at once) come first.
        if (parsed.success) s.entries = [...s.entries, ...parsed.data.entries.filter((e) => !s.entries.some((x) => x.id === e.id))];
        else if (stored !== undefined) console.warn('Rapport: the list of recent imports on this device could not be read and starts empty');
      })
      .finally(() => {
        s.loaded = true;
        emit(s);
      });
  }
  return state;
}

function emit(state: State): void {
  for (const listener of state.listeners) listener();
}

function save(session: WorkspaceSession, state: State, entries: ImportEntry[]): Promise<void> {
  state.entries = entries.slice(0, MAX_ENTRIES);
  emit(state);
  const snapshot = { version: 1 as const, entries: state.entries };
  state.saving = state.saving.then(() => session.store.setCache(KEY, snapshot));
  return state.saving;
}

/** Records (or updates) an import: called as it starts and after every chunk, so a reload mid-import can still undo it. */
export function recordImport(session: WorkspaceSession, entry: Omit<ImportEntry, 'undo'> & { undo: ImportUndo }): Promise<void> {
  const state = stateOf(session);
  const others = state.entries.filter((e) => e.id !== entry.id);
  return save(session, state, [structuredClone(entry), ...others]);
}

/** Forgets an import (dismissed, or undone). */
export function forgetImport(session: WorkspaceSession, id: string): Promise<void> {
  const state = stateOf(session);
  return save(session, state, state.entries.filter((e) => e.id !== id));
}

export async function importHistory(session: WorkspaceSession): Promise<ImportEntry[]> {
  const state = stateOf(session);
  await state.saving;
  return state.entries;
}

/** The recent imports, re-rendering when they change. */
export function useImportHistory(session: WorkspaceSession): { entries: ImportEntry[]; loaded: boolean } {
  const state = stateOf(session);
  const entries = useSyncExternalStore(
    (cb) => {
      state.listeners.add(cb);
      return () => state.listeners.delete(cb);
    },
    () => state.entries,
  );
  return { entries, loaded: state.loaded };
}

/** What an entry did, in words ("contacts.csv: 41 new, 3 merged"). */
export function describeImport(entry: ImportEntry): string {
  const created = entry.undo.created.length;
  const merged = entry.undo.merged.length;
  return `${entry.fileName} (${entry.source}): ${created.toLocaleString()} new, ${merged.toLocaleString()} merged${entry.complete ? '' : ', stopped before the end'}`;
}
