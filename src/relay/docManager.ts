import fs from 'node:fs';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { DocLog, readDocLog } from './docLog';
import { docFile, docNameFromFileName, workspaceDir } from './docPaths';
import { RelayDoc } from './relayDoc';
import { deleteSetDigestOfDoc, deleteSetDigestOfUpdate } from '../shared/sync/docDigest';
import { errorFields, type Logger } from './logger';
import { readStateIndex, validEntry, writeStateIndex, type IndexEntry } from './stateIndex';

export const MESSAGE_SYNC = 0;
/** On unload, logs with more records than this are compacted. */
const UNLOAD_COMPACT_RECORDS = 64;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

/** What the catch-up channel needs to know of a doc without loading it. */
export interface DocState {
  sv: Uint8Array;
  svMap: Map<number, number>;
  digest: Uint8Array;
}

/** Listener for changes of any doc of a workspace (catch-up sessions). */
export type WorkspaceListener = (docName: string, update: Uint8Array, origin: unknown) => void;

export interface DocManagerOptions {
  dataDir: string;
  logger: Logger;
  /** A doc with no peer gives up its Y.Doc this long after the last one left; its encoded state stays in memory (ms). */
  idleSleepMs: number;
  /** ...and leaves memory altogether this long after the last peer left (ms). */
  idleUnloadMs: number;
  /** Compact a log once its appended bytes exceed max(this, the last snapshot). */
  compactMinBytes: number;
  /** fsync logs written to at most this often (ms); 0 disables periodic fsync. */
  fsyncIntervalMs: number;
}

/**
 * A doc with no peer, held encoded instead of as a Y.Doc: a Y.Doc of a real
 * customer notebook costs ~110 KB of heap, its encoding ~6 KB. Waking it is
 * one applyUpdate; the log stays open so nothing is re-read.
 */
interface IdleDoc {
  workspaceId: string;
  name: string;
  log: DocLog;
  encoded: Uint8Array;
  state: DocState;
  timer: NodeJS.Timeout;
}

interface WorkspaceState {
  /** Every doc name stored or loaded; null until listed from disk. */
  names: Set<string> | null;
  /** States of docs not loaded (loaded docs cache theirs on RelayDoc). */
  states: Map<string, DocState>;
  /** The states index written at the last shutdown; null until read. */
  index: Map<string, IndexEntry> | null;
  listeners: Set<WorkspaceListener>;
}

/**
 * Loads docs on demand, writes their updates to their logs (batched per tick),
 * compacts, unloads idle docs, and tells catch-up sessions what changed.
 */
export class DocManager {
  private readonly docs = new Map<string, RelayDoc>();
  private readonly idle = new Map<string, IdleDoc>();
  private readonly workspaces = new Map<string, WorkspaceState>();
  private readonly dirty = new Set<RelayDoc>();
  private flushScheduled = false;
  private readonly unsynced = new Set<DocLog>();
  private fsyncTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly opts: DocManagerOptions) {
    if (opts.fsyncIntervalMs > 0) {
      this.fsyncTimer = setInterval(() => this.fsyncAll(), opts.fsyncIntervalMs);
      this.fsyncTimer.unref();
    }
  }

  /** Docs in memory: live (Y.Doc) plus idle (encoded). */
  get loadedCount(): number {
    return this.docs.size + this.idle.size;
  }

  get liveCount(): number {
    return this.docs.size;
  }

  get idleCount(): number {
    return this.idle.size;
  }

  loaded(workspaceId: string, docName: string): RelayDoc | undefined {
    return this.docs.get(`${workspaceId}/${docName}`);
  }

  private workspace(workspaceId: string): WorkspaceState {
    let ws = this.workspaces.get(workspaceId);
    if (ws === undefined) {
      ws = { names: null, states: new Map(), index: null, listeners: new Set() };
      this.workspaces.set(workspaceId, ws);
    }
    return ws;
  }

  /** Names of every doc of the workspace (stored or loaded). */
  listDocs(workspaceId: string): string[] {
    const ws = this.workspace(workspaceId);
    if (ws.names === null) {
      const names = new Set<string>();
      let files: string[] = [];
      try {
        files = fs.readdirSync(workspaceDir(this.opts.dataDir, workspaceId));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      for (const f of files) {
        const name = docNameFromFileName(f);
        if (name !== null) names.add(name);
      }
      ws.names = names;
    }
    for (const d of this.docs.values()) if (d.workspaceId === workspaceId) ws.names.add(d.name);
    for (const d of this.idle.values()) if (d.workspaceId === workspaceId) ws.names.add(d.name);
    return [...ws.names];
  }

  addListener(workspaceId: string, fn: WorkspaceListener): void {
    this.workspace(workspaceId).listeners.add(fn);
  }

  removeListener(workspaceId: string, fn: WorkspaceListener): void {
    this.workspace(workspaceId).listeners.delete(fn);
  }

  /** The loaded doc, loading (or creating) it from its log. */
  get(workspaceId: string, docName: string): RelayDoc {
    if (this.closed) throw new Error('relay is closing');
    const key = `${workspaceId}/${docName}`;
    const existing = this.docs.get(key);
    if (existing !== undefined) return existing;
    const asleep = this.idle.get(key);
    if (asleep !== undefined) return this.wake(key, asleep);
    const file = docFile(this.opts.dataDir, workspaceId, docName);
    const opened = DocLog.open(file);
    if (opened.truncatedBytes > 0) this.opts.logger.warn('store.tail_truncated', { workspaceId, doc: docName, bytes: opened.truncatedBytes });
    if (opened.movedAside !== null) this.opts.logger.error('store.foreign_file_moved', { workspaceId, doc: docName, movedTo: opened.movedAside });
    const rd = new RelayDoc(workspaceId, docName, opened.log);
    rd.metaWritten = opened.meta !== null;
    rd.doc.transact(() => {
      for (const u of opened.updates) {
        try {
          Y.applyUpdate(rd.doc, u);
        } catch (err) {
          this.opts.logger.error('store.bad_record', { workspaceId, doc: docName, ...errorFields(err) });
        }
      }
    }, 'load');
    this.activate(rd);
    const ws = this.workspace(workspaceId);
    ws.names?.add(docName);
    ws.states.delete(docName);
    this.opts.logger.debug('doc.loaded', { workspaceId, doc: docName, records: opened.updates.length });
    this.scheduleIdle(rd);
    return rd;
  }

  private activate(rd: RelayDoc): void {
    rd.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(rd, update, origin));
    this.docs.set(rd.key, rd);
  }

  private wake(key: string, asleep: IdleDoc): RelayDoc {
    clearTimeout(asleep.timer);
    this.idle.delete(key);
    const rd = new RelayDoc(asleep.workspaceId, asleep.name, asleep.log);
    rd.metaWritten = true;
    Y.applyUpdate(rd.doc, asleep.encoded, 'load');
    rd.state = asleep.state;
    this.activate(rd);
    this.opts.logger.debug('doc.woken', { workspaceId: rd.workspaceId, doc: rd.name });
    this.scheduleIdle(rd);
    return rd;
  }

  private onUpdate(rd: RelayDoc, update: Uint8Array, origin: unknown): void {
    rd.pending.push(update);
    rd.state = null;
    rd.metaWritten = false;
    this.dirty.add(rd);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    if (rd.peers.size > 0) {
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MESSAGE_SYNC);
      syncProtocol.writeUpdate(enc, update);
      const frame = encoding.toUint8Array(enc);
      for (const peer of rd.peers.keys()) if (peer !== origin) peer.send(frame);
    }
    const listeners = this.workspaces.get(rd.workspaceId)?.listeners;
    if (listeners !== undefined) for (const l of listeners) l(rd.name, update, origin);
  }

  /** Writes every pending update to its log (one write per doc), then compacts logs grown too long. */
  flush(): void {
    this.flushScheduled = false;
    for (const rd of this.dirty) this.flushDoc(rd);
    this.dirty.clear();
  }

  flushDoc(rd: RelayDoc): void {
    if (rd.pending.length === 0) return;
    const pending = rd.pending;
    rd.pending = [];
    try {
      rd.log.append(pending);
      this.unsynced.add(rd.log);
      const appended = rd.log.size - rd.log.snapshotBytes;
      if (appended > Math.max(this.opts.compactMinBytes, rd.log.snapshotBytes)) this.compact(rd);
    } catch (err) {
      // Keep them for the next attempt rather than lose them (disk full...).
      rd.pending = pending.concat(rd.pending);
      this.dirty.add(rd);
      this.opts.logger.error('store.write_failed', { workspaceId: rd.workspaceId, doc: rd.name, ...errorFields(err) });
    }
  }

  private compact(rd: RelayDoc): void {
    const before = rd.log.size;
    rd.log.compact(Y.encodeStateAsUpdate(rd.doc), encodeMeta(this.stateOfLoaded(rd)));
    rd.metaWritten = true;
    this.unsynced.delete(rd.log);
    this.opts.logger.debug('store.compacted', { workspaceId: rd.workspaceId, doc: rd.name, before, after: rd.log.size });
  }

  private fsyncAll(): void {
    for (const log of this.unsynced) log.syncInBackground((err) => this.opts.logger.error('store.fsync_failed', { file: log.file, ...errorFields(err) }));
    this.unsynced.clear();
  }

  /** Call when a doc's last peer leaves (or after the catch-up channel touched it). */
  scheduleIdle(rd: RelayDoc): void {
    if (rd.peers.size > 0 || rd.unloaded) return;
    if (rd.idleTimer !== null) clearTimeout(rd.idleTimer);
    rd.idleTimer = setTimeout(() => {
      rd.idleTimer = null;
      if (rd.peers.size === 0) this.sleep(rd);
    }, Math.min(this.opts.idleSleepMs, this.opts.idleUnloadMs));
    rd.idleTimer.unref();
  }

  cancelIdle(rd: RelayDoc): void {
    if (rd.idleTimer !== null) clearTimeout(rd.idleTimer);
    rd.idleTimer = null;
  }

  /** Persists a doc and replaces its Y.Doc by its encoded state; it leaves memory later (evict). */
  private sleep(rd: RelayDoc): void {
    if (rd.unloaded) return;
    this.cancelIdle(rd);
    this.flushDoc(rd);
    this.dirty.delete(rd);
    const state = this.stateOfLoaded(rd);
    try {
      // Many small records make the next load and catch-up slow: compact those.
      // Otherwise append the state (cheap, no fsync) so a catch-up compares
      // states without decoding the doc.
      if (rd.log.records > UNLOAD_COMPACT_RECORDS) this.compact(rd);
      else if (!rd.metaWritten) rd.log.appendMeta(encodeMeta(state));
    } catch (err) {
      this.opts.logger.error('store.meta_failed', { workspaceId: rd.workspaceId, doc: rd.name, ...errorFields(err) });
    }
    const encoded = Y.encodeStateAsUpdate(rd.doc);
    rd.awareness?.destroy();
    rd.awareness = null;
    rd.doc.destroy();
    rd.unloaded = true;
    this.docs.delete(rd.key);
    const key = rd.key;
    const timer = setTimeout(() => this.evict(key), Math.max(0, this.opts.idleUnloadMs - this.opts.idleSleepMs));
    timer.unref();
    this.idle.set(key, { workspaceId: rd.workspaceId, name: rd.name, log: rd.log, encoded, state, timer });
    this.opts.logger.debug('doc.idle', { workspaceId: rd.workspaceId, doc: rd.name });
  }

  /** Drops an idle doc from memory; its state stays cached for the catch-up channel. */
  private evict(key: string, durable = false): void {
    const entry = this.idle.get(key);
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    this.idle.delete(key);
    try {
      entry.log.close(durable);
    } catch (err) {
      this.opts.logger.error('store.close_failed', { workspaceId: entry.workspaceId, doc: entry.name, ...errorFields(err) });
    }
    this.unsynced.delete(entry.log);
    this.workspace(entry.workspaceId).states.set(entry.name, entry.state);
    this.opts.logger.debug('doc.unloaded', { workspaceId: entry.workspaceId, doc: entry.name });
  }

  /** Persists a doc (fsynced) and drops it from memory now. */
  unload(rd: RelayDoc): void {
    this.sleep(rd);
    this.evict(rd.key, true);
  }

  private stateOfLoaded(rd: RelayDoc): DocState {
    if (rd.state === null) {
      const sv = Y.encodeStateVector(rd.doc);
      rd.state = { sv, svMap: Y.decodeStateVector(sv), digest: deleteSetDigestOfDoc(rd.doc) };
    }
    return rd.state;
  }

  /** State vector and delete-set digest of a doc, without loading it; null if the doc does not exist. */
  docState(workspaceId: string, docName: string): DocState | null {
    const rd = this.loaded(workspaceId, docName);
    if (rd !== undefined) return this.stateOfLoaded(rd);
    const asleep = this.idle.get(`${workspaceId}/${docName}`);
    if (asleep !== undefined) return asleep.state;
    const ws = this.workspace(workspaceId);
    const cached = ws.states.get(docName);
    if (cached !== undefined) return cached;
    ws.index ??= readStateIndex(workspaceDir(this.opts.dataDir, workspaceId));
    const indexed = validEntry(ws.index.get(docName), docFile(this.opts.dataDir, workspaceId, docName));
    if (indexed !== null) {
      ws.states.set(docName, indexed);
      return indexed;
    }
    const read = this.readStored(workspaceId, docName);
    if (read === null) return null;
    let state: DocState | null = read.meta !== null ? decodeMeta(read.meta) : null;
    if (state === null) {
      const stored = mergeStored(read.updates);
      const sv = Y.encodeStateVectorFromUpdate(stored);
      state = { sv, svMap: Y.decodeStateVector(sv), digest: deleteSetDigestOfUpdate(stored) };
    }
    ws.states.set(docName, state);
    return state;
  }

  /** The whole doc as one update: from memory if loaded, else merged from its log; null if it does not exist. */
  storedUpdate(workspaceId: string, docName: string): Uint8Array | null {
    const rd = this.loaded(workspaceId, docName);
    if (rd !== undefined) return Y.encodeStateAsUpdate(rd.doc);
    const asleep = this.idle.get(`${workspaceId}/${docName}`);
    if (asleep !== undefined) return asleep.encoded;
    const read = this.readStored(workspaceId, docName);
    return read === null ? null : mergeStored(read.updates);
  }

  private readStored(workspaceId: string, docName: string): ReturnType<typeof readDocLog> {
    const read = readDocLog(docFile(this.opts.dataDir, workspaceId, docName));
    if (read !== null && read.truncatedBytes > 0) this.opts.logger.warn('store.tail_truncated', { workspaceId, doc: docName, bytes: read.truncatedBytes });
    return read;
  }

  /** What the doc holds beyond a state vector. */
  diffFor(workspaceId: string, docName: string, stateVector: Uint8Array): Uint8Array | null {
    const rd = this.loaded(workspaceId, docName);
    if (rd !== undefined) return Y.encodeStateAsUpdate(rd.doc, stateVector);
    const stored = this.storedUpdate(workspaceId, docName);
    if (stored === null) return null;
    return stateVector.length <= 1 ? stored : Y.diffUpdate(stored, stateVector);
  }

  /** Writes the states known for a workspace (and still-valid old entries) for the next start. */
  private saveIndex(workspaceId: string, ws: WorkspaceState): void {
    if (ws.states.size === 0) return;
    const dir = workspaceDir(this.opts.dataDir, workspaceId);
    const entries = new Map<string, IndexEntry>();
    try {
      const old = ws.index ?? readStateIndex(dir);
      for (const [name, e] of old) if (!ws.states.has(name)) entries.set(name, e);
      for (const [name, state] of ws.states) {
        const st = fs.statSync(docFile(this.opts.dataDir, workspaceId, name), { throwIfNoEntry: false });
        if (st !== undefined) entries.set(name, { size: st.size, mtimeMs: st.mtimeMs, state });
      }
      writeStateIndex(dir, entries);
    } catch (err) {
      this.opts.logger.warn('store.index_not_written', { workspaceId, ...errorFields(err) });
    }
  }

  /** Flushes, compacts and closes every loaded doc. */
  close(): void {
    if (this.closed) return;
    this.flush();
    for (const rd of [...this.docs.values()]) this.unload(rd);
    for (const key of [...this.idle.keys()]) this.evict(key, true);
    this.closed = true;
    for (const [workspaceId, ws] of this.workspaces) this.saveIndex(workspaceId, ws);
    if (this.fsyncTimer !== null) clearInterval(this.fsyncTimer);
  }
}

const EMPTY_DOC_UPDATE = new Uint8Array([0, 0]);

function mergeStored(updates: Uint8Array[]): Uint8Array {
  if (updates.length === 0) return EMPTY_DOC_UPDATE;
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

/** Meta record payload: state vector and delete-set digest. */
function encodeMeta(state: DocState): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint8Array(enc, state.sv);
  encoding.writeVarUint8Array(enc, state.digest);
  return encoding.toUint8Array(enc);
}

function decodeMeta(meta: Uint8Array): DocState | null {
  try {
    const dec = decoding.createDecoder(meta);
    const sv = decoding.readVarUint8Array(dec);
    const digest = decoding.readVarUint8Array(dec);
    return { sv, svMap: Y.decodeStateVector(sv), digest };
  } catch {
    return null; // fall back to computing it from the updates
  }
}
