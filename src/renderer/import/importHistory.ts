import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { importUndoSchema, type ImportUndo } from '../../shared/import/undoSchema';
import type { WorkspaceSession } from '../workspace/session';

/**
 * Recent imports of a workspace, kept on this device (in the workspace's own
 * store, so they go with it) until the user dismisses or undoes them: the
 * banner on the customer list and Settings -> Imports offer "Undo import"
 * through navigation and reloads. Each entry holds what its undo needs.
 *
 * Stored as a short list of entries (KEY) and each import's undo in pieces
 * (PIECES + import id + sequence), one piece per record: an import is recorded
 * after every chunk, and writing its whole undo (and every other entry's) each
 * time cost a structured clone of all of it per chunk, ever longer as the
 * import went on: quadratic, and frames of 100 ms and more near the end of a
 * 50,000-row import.
 */
const KEY = 'import-history-v2';
const PIECES = 'import-undo-v2:';
/** The list as earlier versions kept it, each entry with its whole undo: read once, then stored as above. */
const KEY_V1 = 'import-history-v1';
const MAX_ENTRIES = 20;

const entryFields = {
  id: z.string().max(100),
  fileName: z.string().max(500),
  source: z.string().max(100),
  at: z.number(),
  /** false while the import is still writing (or was stopped by a reload): undo takes back what was written. */
  complete: z.boolean(),
};
const entrySchema = z.object({ ...entryFields, undo: importUndoSchema });
export type ImportEntry = z.infer<typeof entrySchema>;
const historyV1Schema = z.object({ version: z.literal(1), entries: z.array(entrySchema).max(MAX_ENTRIES) });
/** An entry as listed: the lists of its undo (which grow as the import goes on) are in its pieces. */
const listedSchema = z.object({ ...entryFields, undo: importUndoSchema.omit({ created: true, merged: true, members: true }) });
type Listed = z.infer<typeof listedSchema>;
const historySchema = z.object({ version: z.literal(2), entries: z.array(listedSchema).max(MAX_ENTRIES) });
const pieceSchema = importUndoSchema.pick({ created: true, merged: true, members: true });
type Piece = z.infer<typeof pieceSchema>;

/** Keys in the order the pieces were written (IndexedDB orders string keys as strings). */
const pieceKey = (id: string, seq: number) => `${PIECES}${id}:${String(seq).padStart(8, '0')}`;
const piecesOf = (id: string) => `${PIECES}${id}:`;

interface State {
  entries: ImportEntry[];
  loaded: boolean;
  listeners: Set<() => void>;
  /** Writes in order: a later save never lands before an earlier one. */
  saving: Promise<void>;
  /** Per import, how much of its undo is stored already and the next piece's number. */
  stored: Map<string, Stored>;
  /** The list as last written (JSON), so a chunk that only adds a piece does not write it again. */
  listed: string;
}

const states = new WeakMap<WorkspaceSession, State>();

interface Stored {
  created: number;
  merged: number;
  members: number;
  seq: number;
}

const listedOf = (entries: readonly ImportEntry[]): Listed[] =>
  entries.map(({ undo: { created: _created, merged: _merged, members: _members, ...undo }, ...entry }) => ({ ...entry, undo }));

function stateOf(session: WorkspaceSession): State {
  let state = states.get(session);
  if (!state) {
    state = { entries: [], loaded: false, listeners: new Set(), saving: Promise.resolve(), stored: new Map(), listed: '' };
    states.set(session, state);
    const s = state;
    s.saving = load(session, s)
      .then((stored) => {
        // Entries added before the stored list arrived (an import started at once) come first.
        s.entries = [...s.entries, ...stored.filter((e) => !s.entries.some((x) => x.id === e.id))].slice(0, MAX_ENTRIES);
      })
      .finally(() => {
        s.loaded = true;
        emit(s);
      });
  }
  return state;
}

/** The stored entries with their undos put together from their pieces (an earlier version's list is moved over). */
async function load(session: WorkspaceSession, state: State): Promise<ImportEntry[]> {
  const stored = await session.store.getCache(KEY);
  if (stored === undefined) return migrate(session, state);
  const parsed = historySchema.safeParse(stored);
  if (!parsed.success) {
    console.warn('Rapport: the list of recent imports on this device could not be read and starts empty');
    return [];
  }
  const pieces = new Map<string, { list: Piece[]; seq: number; ok: boolean }>();
  for (const [key, value] of await session.store.getCacheRange(PIECES)) {
    const id = key.slice(PIECES.length, key.lastIndexOf(':'));
    const of = pieces.get(id) ?? { list: [], seq: 0, ok: true };
    const piece = pieceSchema.safeParse(value);
    if (piece.success) of.list.push(piece.data);
    else of.ok = false;
    of.seq = Number(key.slice(key.lastIndexOf(':') + 1)) + 1;
    pieces.set(id, of);
  }
  // Pieces of an import no longer listed (the device stopped between writing the list and removing them).
  for (const id of pieces.keys()) if (!parsed.data.entries.some((e) => e.id === id)) await session.store.deleteCacheRange(piecesOf(id));
  const entries: ImportEntry[] = [];
  for (const listed of parsed.data.entries) {
    const of = pieces.get(listed.id) ?? { list: [], seq: 0, ok: true };
    if (!of.ok) {
      console.warn(`Rapport: the record of the import of ${listed.fileName} on this device could not be read; it cannot be undone from here`);
      continue;
    }
    const undo: ImportUndo = { ...listed.undo, created: of.list.flatMap((p) => p.created), merged: of.list.flatMap((p) => p.merged) };
    // Members only when the import added some (records of earlier versions have none).
    if (of.list.some((p) => p.members)) undo.members = of.list.flatMap((p) => p.members ?? []);
    entries.push({ ...listed, undo });
    state.stored.set(listed.id, { created: undo.created.length, merged: undo.merged.length, members: undo.members?.length ?? 0, seq: of.seq });
  }
  state.listed = JSON.stringify(listedOf(entries));
  return entries;
}

async function migrate(session: WorkspaceSession, state: State): Promise<ImportEntry[]> {
  const stored = await session.store.getCache(KEY_V1);
  if (stored === undefined) return [];
  const parsed = historyV1Schema.safeParse(stored);
  if (!parsed.success) {
    console.warn('Rapport: the list of recent imports on this device could not be read and starts empty');
    return [];
  }
  const { entries } = parsed.data;
  // Each undo becomes one piece; the old list goes once the new one is written.
  for (const entry of entries) await writePieces(session, state, entry);
  await writeList(session, state, entries);
  await session.store.deleteCacheRange(KEY_V1);
  return entries;
}

function emit(state: State): void {
  for (const listener of state.listeners) listener();
}

/** Writes what an entry's undo has gained since it was last written, as one piece (all of it again if it is not what was written plus more). */
async function writePieces(session: WorkspaceSession, state: State, entry: ImportEntry): Promise<void> {
  const none: Stored = { created: 0, merged: 0, members: 0, seq: 0 };
  let stored = state.stored.get(entry.id) ?? none;
  const { created, merged, members = [] } = entry.undo;
  if (created.length < stored.created || merged.length < stored.merged || members.length < stored.members) {
    await session.store.deleteCacheRange(piecesOf(entry.id));
    stored = none;
  }
  if (created.length === stored.created && merged.length === stored.merged && members.length === stored.members) return;
  const piece: Piece = { created: created.slice(stored.created), merged: merged.slice(stored.merged) };
  if (members.length > stored.members) piece.members = members.slice(stored.members);
  await session.store.setCache(pieceKey(entry.id, stored.seq), piece);
  state.stored.set(entry.id, { created: created.length, merged: merged.length, members: members.length, seq: stored.seq + 1 });
}

async function writeList(session: WorkspaceSession, state: State, entries: readonly ImportEntry[]): Promise<void> {
  const listed = JSON.stringify(listedOf(entries));
  if (listed === state.listed) return;
  await session.store.setCache(KEY, { version: 2 as const, entries: listedOf(entries) });
  state.listed = listed;
}

/** Keeps `entries` (the first MAX_ENTRIES), shown at once and written after every earlier write. */
function save(session: WorkspaceSession, state: State, entries: ImportEntry[]): Promise<void> {
  state.entries = entries.slice(0, MAX_ENTRIES);
  emit(state);
  state.saving = state.saving.then(() => persist(session, state));
  return state.saving;
}

/**
 * Writes the entries as they are by now (with the stored ones, once read): the
 * list first, so an import is listed before any piece of its undo is written,
 * then what each undo has gained; the pieces of entries no longer listed go.
 */
async function persist(session: WorkspaceSession, state: State): Promise<void> {
  const entries = state.entries;
  await writeList(session, state, entries);
  for (const entry of entries) await writePieces(session, state, entry);
  for (const id of [...state.stored.keys()]) {
    if (entries.some((e) => e.id === id)) continue;
    await session.store.deleteCacheRange(piecesOf(id));
    state.stored.delete(id);
  }
}

/**
 * Records (or updates) an import: called as it starts and after every chunk, so a reload mid-import can still undo it.
 * The undo's arrays only grow while an import runs: what is kept (and shown) is a copy of them as they are now.
 */
export function recordImport(session: WorkspaceSession, entry: Omit<ImportEntry, 'undo'> & { undo: ImportUndo }): Promise<void> {
  const state = stateOf(session);
  const { undo } = entry;
  const snapshot: ImportEntry = { ...entry, undo: { ...undo, created: [...undo.created], merged: [...undo.merged], ...(undo.members ? { members: [...undo.members] } : {}) } };
  const others = state.entries.filter((e) => e.id !== entry.id);
  return save(session, state, [snapshot, ...others]);
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
