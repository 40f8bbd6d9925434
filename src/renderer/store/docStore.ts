import { openDB, type IDBPDatabase } from 'idb';
import * as Y from 'yjs';
import { workspaceDbName, type SnapshotRecord, type WorkspaceDB } from './schema';
import { newId } from '../../shared/ids';
import type { CustomerDigest } from '../../shared/model/digest';
import { readJournals, removeJournals, writeJournal } from './unloadJournal';
import { TAB_ORIGIN } from '../tabs/tabSync';

/** A doc's stored state as read, before it is applied. */
export interface StoredDoc {
  /** The snapshot, then the update records after it: apply them with applyStored. */
  parts: Uint8Array[];
  keys: number[];
  /** Generation of the snapshot read, if there was one and no update records after it. */
  cleanGeneration: string | null;
}

/**
 * Applies a stored doc's parts in one transaction (one update event). Not merged
 * first: Y.mergeUpdates decodes and re-encodes the whole snapshot, which costs
 * more than applying a few small updates after it.
 */
export function applyStored(doc: Y.Doc, parts: Uint8Array[], origin?: unknown): void {
  if (parts.length === 1) Y.applyUpdate(doc, parts[0], origin);
  else if (parts.length > 1) doc.transact(() => parts.forEach((part) => Y.applyUpdate(doc, part, origin)), origin);
}

/** A doc's stored state from its records: the snapshot, then the update records after it. */
function storedDoc(snapshot: SnapshotRecord | undefined, updates: { update: Uint8Array }[], keys: number[]): StoredDoc {
  const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((u) => u.update)];
  const cleanGeneration = snapshot?.generation && keys.length === 0 ? snapshot.generation : null;
  return { parts, keys, cleanGeneration };
}

let marks = 0;
/** A unique mark for one write, so a digest computed before a later write never clears that write's mark. */
function writeMark(): string {
  return `${Date.now()}-${++marks}-${Math.random().toString(36).slice(2)}`;
}

/** Every string key that starts with `prefix` (U+FFFF sorts after any character a key holds). */
const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

function isCustomerDoc(name: string): boolean {
  return name.startsWith('c:');
}

/** `here`: this tab committed the docs' updates; `elsewhere`: another tab of the workspace did. */
export type PersistedListener = (docs: ReadonlySet<string>, by: 'here' | 'elsewhere') => void;

/** Origin of updates applied from storage: the store does not write them back. */
export const STORE_ORIGIN = Symbol('rapport-store');

/** Compact a doc once this many updates pile up after its snapshot. */
const COMPACT_AFTER = 200;

interface Tracked {
  doc: Y.Doc;
  /** Keys of update records this session has read or written for the doc: only those may be compacted away. */
  keys: number[];
  /**
   * Holds updates another tab made (applied with TAB_ORIGIN, not written here):
   * compaction writes them into the snapshot too, so they are on disk even if
   * that tab died before its own commit.
   */
  foreign: boolean;
  off: () => void;
}

/**
 * The local store of one workspace. Every update of an attached doc is written
 * within the same task (batched per microtask), so nothing typed waits for a
 * timer before it is on disk. Compaction replaces a doc's update records with
 * one snapshot, deleting only records this session knows it has merged, so a
 * second tab writing the same workspace never loses an update.
 *
 * Two tabs (or windows) of one workspace: each update is written by the tab
 * where it entered the device (typed there, or arrived there from the relay).
 * The other tabs apply it live from the tab channel (src/renderer/tabs/) with
 * TAB_ORIGIN and do not write it again; they learn of its commit from the
 * channel (changedElsewhere) and recompute derived data from it.
 */
export class DocStore {
  private tracked = new Map<string, Tracked>();
  private pending: { doc: string; update: Uint8Array }[] = [];
  private flushing: Promise<void> | null = null;
  private closed = false;
  private writeError: ((error: unknown) => void) | undefined;
  private persistedListeners = new Set<PersistedListener>();
  /** The batch being committed: unsaved until its transaction completes. */
  private inflight: { doc: string; update: Uint8Array }[] = [];
  private readonly pageId = newId();

  private constructor(
    private readonly db: IDBPDatabase<WorkspaceDB>,
    private readonly workspaceId: string,
  ) {
    if (typeof window !== 'undefined') window.addEventListener('pagehide', this.onPageHide);
  }

  /** The page is going away: keep what IndexedDB has not committed yet (see unloadJournal.ts). */
  private onPageHide = (): void => {
    const unsaved = [...this.inflight, ...this.pending];
    if (unsaved.length > 0 && !writeJournal(this.workspaceId, this.pageId, unsaved)) console.warn('Rapport: could not keep unsaved edits while closing');
  };

  static async open(workspaceId: string, onWriteError?: (error: unknown) => void): Promise<DocStore> {
    const db = await openDB<WorkspaceDB>(workspaceDbName(workspaceId), 2, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('snapshots', { keyPath: 'doc' });
          const updates = database.createObjectStore('updates', { autoIncrement: true });
          updates.createIndex('byDoc', 'doc');
          database.createObjectStore('cache');
        }
        if (oldVersion < 2) {
          database.createObjectStore('digests', { keyPath: 'customerId' });
          database.createObjectStore('dirty');
        }
      },
    });
    const store = new DocStore(db, workspaceId);
    store.writeError = onWriteError;
    await store.replayJournals();
    return store;
  }

  /**
   * Another tab's page went away: store what it could not commit (its unload
   * journal) now, so this tab's derived views show it without waiting for the
   * next open of the workspace.
   */
  async adoptJournals(): Promise<void> {
    const docs = await this.replayJournals();
    if (docs.size > 0) for (const listener of this.persistedListeners) listener(docs, 'here');
  }

  /**
   * Another tab committed updates of these docs (and marked them dirty in the
   * same transaction): tell this tab's listeners, as a commit of its own would.
   * The mark alone is not enough: every tab shares it, and the writing tab's
   * own derived pass may clear it before this tab reads it.
   */
  changedElsewhere(docNames: readonly string[]): void {
    const docs = new Set(docNames);
    for (const listener of this.persistedListeners) listener(docs, 'elsewhere');
  }

  /** Stores the updates that pages which went away could not commit, then forgets them; returns the docs written. */
  private async replayJournals(): Promise<Set<string>> {
    // One tab at a time (tabs adopt a closed tab's journal together): the second finds it gone.
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    const run = () => this.replayJournalsNow();
    return locks ? await locks.request(`rapport-journal:${this.workspaceId}`, run) : run();
  }

  private async replayJournalsNow(): Promise<Set<string>> {
    const { entries, keys, damaged } = readJournals(this.workspaceId);
    if (damaged.length > 0) console.warn(`Rapport: ${damaged.length} unreadable journal(s) of unsaved edits left in localStorage: ${damaged.join(', ')}`);
    if (entries.length === 0) return new Set();
    const tx = this.db.transaction(['updates', 'dirty'], 'readwrite');
    const mark = writeMark();
    for (const name of new Set(entries.map((e) => e.doc))) if (isCustomerDoc(name)) void tx.objectStore('dirty').put(mark, name);
    for (const entry of entries) void tx.objectStore('updates').add(entry);
    await tx.done;
    removeJournals(keys);
    performance.mark('rapport:journal-replayed', { detail: { updates: entries.length } });
    return new Set(entries.map((e) => e.doc));
  }

  /**
   * Reads a doc's stored state (the snapshot, then the updates after it, as
   * parts for applyStored: not merged), the record keys read, and optionally a cache entry in the same transaction (so
   * the cache can be checked against exactly this state).
   */
  async read(docName: string): Promise<StoredDoc>;
  async read(docName: string, cacheKey: string): Promise<StoredDoc & { cache: unknown }>;
  async read(docName: string, cacheKey?: string): Promise<StoredDoc & { cache?: unknown }> {
    const tx = this.db.transaction(['snapshots', 'updates', 'cache'], 'readonly');
    const index = tx.objectStore('updates').index('byDoc');
    const [snapshot, updates, keys, cache] = await Promise.all([
      tx.objectStore('snapshots').get(docName),
      index.getAll(docName),
      index.getAllKeys(docName),
      cacheKey ? tx.objectStore('cache').get(cacheKey) : undefined,
    ]);
    await tx.done;
    return { ...storedDoc(snapshot, updates, keys), cache };
  }

  /**
   * Several docs' stored states (as `read` gives them), in one transaction:
   * an import merging into a chunk of customers reads them together rather
   * than paying for a transaction each.
   */
  async readMany(docNames: readonly string[]): Promise<Map<string, StoredDoc>> {
    const tx = this.db.transaction(['snapshots', 'updates'], 'readonly');
    const index = tx.objectStore('updates').index('byDoc');
    const read = await Promise.all(
      docNames.map(async (name) => {
        const [snapshot, updates, keys] = await Promise.all([tx.objectStore('snapshots').get(name), index.getAll(name), index.getAllKeys(name)]);
        return [name, storedDoc(snapshot, updates, keys)] as const;
      }),
    );
    await tx.done;
    return new Map(read);
  }

  /** Every stored doc at once (one transaction): for indexing and backups. */
  async readAll(): Promise<Map<string, Uint8Array>> {
    const tx = this.db.transaction(['snapshots', 'updates'], 'readonly');
    const [snapshots, updates] = await Promise.all([tx.objectStore('snapshots').getAll(), tx.objectStore('updates').getAll()]);
    await tx.done;
    const parts = new Map<string, Uint8Array[]>();
    for (const s of snapshots) parts.set(s.doc, [s.state]);
    for (const u of updates) {
      const list = parts.get(u.doc);
      if (list) list.push(u.update);
      else parts.set(u.doc, [u.update]);
    }
    const result = new Map<string, Uint8Array>();
    for (const [name, list] of parts) result.set(name, list.length === 1 ? list[0] : Y.mergeUpdates(list));
    return result;
  }

  async listDocNames(): Promise<string[]> {
    const tx = this.db.transaction(['snapshots', 'updates'], 'readonly');
    const names = new Set<string>(await tx.objectStore('snapshots').getAllKeys());
    const updates = tx.objectStore('updates').index('byDoc');
    let cursor = await updates.openKeyCursor(undefined, 'nextunique');
    while (cursor) {
      names.add(cursor.key as string);
      cursor = await cursor.continue();
    }
    await tx.done;
    return [...names];
  }

  /**
   * Loads the stored state into `doc`, then persists every later update of it.
   * Returns when the stored state is applied.
   */
  async attach(docName: string, doc: Y.Doc): Promise<void> {
    this.attachRead(docName, doc, await this.read(docName));
  }

  /** Like attach, with state already read by `read` (so the caller chooses when to pay for applying it). */
  attachRead(docName: string, doc: Y.Doc, stored: StoredDoc): void {
    if (this.tracked.has(docName)) throw new Error(`${docName} is already attached`);
    const { parts, keys } = stored;
    applyStored(doc, parts, STORE_ORIGIN);
    const tracked: Tracked = { doc, keys, foreign: false, off: () => doc.off('update', onUpdate) };
    const onUpdate = (u: Uint8Array, origin: unknown) => {
      if (origin === STORE_ORIGIN) return;
      if (origin === TAB_ORIGIN) {
        tracked.foreign = true;
        return;
      }
      this.enqueue(docName, u);
    };
    doc.on('update', onUpdate);
    this.tracked.set(docName, tracked);
  }

  /** Stops persisting `docName` (after writing what is pending and compacting it). */
  async detach(docName: string): Promise<void> {
    const tracked = this.tracked.get(docName);
    if (!tracked) return;
    tracked.off();
    await this.flush();
    await this.compact(docName, tracked);
    this.tracked.delete(docName);
  }

  /** Writes a doc that is not attached (import, restore, sample): one snapshot record. */
  async putSnapshot(docName: string, state: Uint8Array): Promise<void> {
    await this.putSnapshots([[docName, state]]);
  }

  /** Writes many docs in one transaction; their derived data is marked for recomputing. */
  async putSnapshots(docs: Iterable<[string, Uint8Array]>): Promise<void> {
    const tx = this.db.transaction(['snapshots', 'dirty'], 'readwrite');
    const now = Date.now();
    const mark = writeMark();
    for (const [doc, state] of docs) {
      void tx.objectStore('snapshots').put({ doc, state, updatedAt: now, generation: newId() });
      if (isCustomerDoc(doc)) void tx.objectStore('dirty').put(mark, doc);
    }
    await tx.done;
  }

  /** Appends an update for a doc that is not attached (for example one that arrived by sync). */
  async appendUpdate(docName: string, update: Uint8Array): Promise<void> {
    await this.appendUpdates([{ doc: docName, update }]);
  }

  /** Appends updates for docs that are not attached, in one transaction (a device catching up on thousands of docs). */
  async appendUpdates(records: { doc: string; update: Uint8Array }[]): Promise<void> {
    if (records.length === 0) return;
    const tx = this.db.transaction(['updates', 'dirty'], 'readwrite');
    const mark = writeMark();
    for (const record of records) {
      void tx.objectStore('updates').add(record);
      if (isCustomerDoc(record.doc)) void tx.objectStore('dirty').put(mark, record.doc);
    }
    await tx.done;
    const written = new Set(records.map((r) => r.doc));
    for (const listener of this.persistedListeners) listener(written, 'here');
  }

  /** Is this doc attached (loaded and persisted live) in this session? */
  isAttached(docName: string): boolean {
    return this.tracked.has(docName);
  }

  /** Marks docs as needing their derived data recomputed (for example after a rename). */
  async markDirty(docNames: string[]): Promise<void> {
    const tx = this.db.transaction('dirty', 'readwrite');
    const mark = writeMark();
    for (const name of docNames) void tx.store.put(mark, name);
    await tx.done;
  }

  /** Removes a doc that is not attached (an import taken back): its snapshot, updates and digest. */
  async deleteDoc(docName: string): Promise<void> {
    if (this.tracked.has(docName)) throw new Error(`${docName} is open and cannot be deleted`);
    const tx = this.db.transaction(['snapshots', 'updates', 'digests', 'dirty'], 'readwrite');
    void tx.objectStore('snapshots').delete(docName);
    const keys = await tx.objectStore('updates').index('byDoc').getAllKeys(docName);
    for (const key of keys) void tx.objectStore('updates').delete(key);
    if (isCustomerDoc(docName)) void tx.objectStore('digests').delete(docName.slice(2));
    void tx.objectStore('dirty').delete(docName);
    await tx.done;
  }

  /** Docs whose derived data is out of date, with their write marks. */
  async readDirty(): Promise<Map<string, string>> {
    const tx = this.db.transaction('dirty', 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    await tx.done;
    return new Map(keys.map((key, i) => [key, values[i]]));
  }

  async readDigests(): Promise<CustomerDigest[]> {
    return this.db.getAll('digests');
  }

  /**
   * Stores freshly computed digests and clears the docs' dirty marks, unless a
   * newer write marked a doc again meanwhile (then it stays dirty).
   */
  async putDigests(digests: CustomerDigest[], marks: Map<string, string>, removed: string[] = []): Promise<void> {
    const tx = this.db.transaction(['digests', 'dirty'], 'readwrite');
    const dirty = tx.objectStore('dirty');
    for (const digest of digests) void tx.objectStore('digests').put(digest);
    for (const id of removed) void tx.objectStore('digests').delete(id);
    await Promise.all(
      [...marks].map(async ([doc, mark]) => {
        if ((await dirty.get(doc)) === mark) await dirty.delete(doc);
      }),
    );
    await tx.done;
  }

  async getCache<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('cache', key)) as T | undefined;
  }

  async setCache(key: string, value: unknown): Promise<void> {
    // Caches are written when the browser is idle, and a workspace switch may close the store in
    // between: a closed connection refuses every transaction, and a cache is only ever a shortcut
    // for what the docs hold, so the write is skipped rather than thrown into an idle callback.
    if (this.closed) return;
    await this.db.put('cache', value, key);
  }

  /** The cache entries whose keys start with `prefix`, in key order (one transaction): records kept in pieces. */
  async getCacheRange(prefix: string): Promise<[key: string, value: unknown][]> {
    const tx = this.db.transaction('cache', 'readonly');
    const range = prefixRange(prefix);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(range), tx.store.getAll(range)]);
    await tx.done;
    return keys.map((key, i) => [key, values[i]]);
  }

  /** Removes the cache entries whose keys start with `prefix` (skipped once closed, as setCache is). */
  async deleteCacheRange(prefix: string): Promise<void> {
    if (this.closed) return;
    await this.db.delete('cache', prefixRange(prefix));
  }

  private enqueue(doc: string, update: Uint8Array): void {
    this.pending.push({ doc, update });
    if (!this.flushing) this.flushing = Promise.resolve().then(() => this.writePending());
  }

  /** Called after each batch of updates is committed, with the names of the docs written. */
  onPersisted(listener: PersistedListener): () => void {
    this.persistedListeners.add(listener);
    return () => this.persistedListeners.delete(listener);
  }

  /** Resolves when every update seen so far is committed to IndexedDB. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async writePending(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      if (batch.length > 0 && !this.closed) {
        this.inflight = batch;
        const tx = this.db.transaction(['updates', 'dirty'], 'readwrite');
        const mark = writeMark();
        for (const name of new Set(batch.map((record) => record.doc))) if (isCustomerDoc(name)) void tx.objectStore('dirty').put(mark, name);
        const keys = await Promise.all(batch.map((record) => tx.objectStore('updates').add(record)));
        await tx.done;
        this.inflight = [];
        const written = new Set(batch.map((record) => record.doc));
        for (const listener of this.persistedListeners) listener(written, 'here');
        const due: string[] = [];
        batch.forEach((record, i) => {
          const tracked = this.tracked.get(record.doc);
          if (!tracked) return;
          tracked.keys.push(keys[i]);
          if (tracked.keys.length >= COMPACT_AFTER) due.push(record.doc);
        });
        for (const name of new Set(due)) {
          const tracked = this.tracked.get(name);
          if (tracked) await this.compact(name, tracked);
        }
      }
    } catch (error) {
      // Keep the updates: they are retried with the next batch, and the UI says storage failed.
      this.inflight = [];
      this.pending = [...batch, ...this.pending];
      this.writeError?.(error);
    } finally {
      this.flushing = this.pending.length > 0 && !this.closed ? Promise.resolve().then(() => this.writePending()) : null;
    }
  }

  /**
   * Compacts one attached doc now. Returns the new snapshot's generation if no
   * other update records of the doc remain (its stored state is then exactly the snapshot).
   */
  async compactDoc(docName: string): Promise<string | null> {
    await this.flush();
    const tracked = this.tracked.get(docName);
    if (!tracked) return null;
    return this.compact(docName, tracked);
  }

  /** Replaces a doc's known update records by one snapshot, in one transaction. */
  private async compact(docName: string, tracked: Tracked): Promise<string | null> {
    const keys = tracked.keys;
    tracked.keys = [];
    tracked.foreign = false;
    const ours = Y.encodeStateAsUpdate(tracked.doc);
    const tx = this.db.transaction(['snapshots', 'updates'], 'readwrite');
    const snapshots = tx.objectStore('snapshots');
    // Another tab may have compacted updates this session never saw into the snapshot: keep them.
    const existing = await snapshots.get(docName);
    const state = existing ? Y.mergeUpdates([existing.state, ours]) : ours;
    const generation = newId();
    void snapshots.put({ doc: docName, state, updatedAt: Date.now(), generation });
    const updates = tx.objectStore('updates');
    for (const key of keys) void updates.delete(key);
    const remaining = await updates.index('byDoc').count(docName);
    await tx.done;
    return remaining === 0 ? generation : null;
  }

  /** Compacts every attached doc (on idle or when the window hides). */
  async compactAll(): Promise<void> {
    await this.flush();
    for (const [name, tracked] of this.tracked) if (tracked.keys.length > 0 || tracked.foreign) await this.compact(name, tracked);
  }

  async close(): Promise<void> {
    await this.flush();
    for (const name of [...this.tracked.keys()]) await this.detach(name);
    this.closed = true;
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', this.onPageHide);
    this.db.close();
  }
}
