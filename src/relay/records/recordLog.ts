/**
 * The blind relay's storage for encrypted workspaces (issue 13, DESIGN.md section 5): per
 * workspace, one append-only log of opaque records. The relay never reads a record: it gives each
 * one the next sequence number, stores it, and serves "everything after N". Devices compact the log
 * by writing a snapshot (itself opaque) that replaces every record it covers.
 *
 * One interface, several stores: in memory (tests), a file per workspace (`npm run relay`, LAN
 * hosting), later a database. Every store passes the same contract suite
 * (tests/integration/records/recordLogContract.ts).
 */
export interface LogHead {
  /** The last sequence number given out; 0 when nothing was appended. Every seq in 1..seq was given out once. */
  seq: number;
  /** The last seq the current snapshot covers; 0 when there is none. Records up to it are served only through it. */
  snapshotSeq: number;
}

export interface StoredRecord {
  seq: number;
  bytes: Uint8Array;
}

/** A snapshot stands for every record from 1 to `seq`. */
export interface StoredSnapshot {
  seq: number;
  bytes: Uint8Array;
}

export interface ReadResult {
  /** Present when the reader asked for records the snapshot replaced (after < snapshotSeq). */
  snapshot: StoredSnapshot | null;
  /** Every record after max(after, snapshotSeq), in order, with no gaps. */
  records: StoredRecord[];
  /** The head these were read at. `after` > head.seq means the reader holds seqs this log never gave out. */
  head: LogHead;
}

export interface SnapshotPut {
  /** The snapshotSeq of the snapshot the device compacted on top of (0: there was none). */
  parentSeq: number;
  /** The last record the snapshot includes; must be the head: a snapshot that misses records is refused. */
  seq: number;
  bytes: Uint8Array;
}

/**
 * Why a snapshot was refused; the device reads again and retries (secsync's rule):
 *   stale-parent     another snapshot was accepted since the one the device built on
 *   missing-records  records arrived after the ones the snapshot includes
 *   beyond-head      it claims records this log never gave out
 *   nothing-new      it covers no record the current snapshot does not
 */
export type SnapshotRefusal = 'stale-parent' | 'missing-records' | 'beyond-head' | 'nothing-new';

export type SnapshotOutcome = { accepted: true; head: LogHead } | { accepted: false; reason: SnapshotRefusal; head: LogHead };

export interface AppendResult {
  /** The seq of the first record appended (head + 1 before the call, also for an empty append). */
  first: number;
  /** The seq of the last one (first - 1 for an empty append). */
  last: number;
}

export interface RecordLog {
  readonly workspaceId: string;
  /**
   * Appends records, in order, as the next sequence numbers. Resolves only once they are durably
   * stored; until then no read returns them. Calls are applied in the order they are made.
   */
  append(records: readonly Uint8Array[]): Promise<AppendResult>;
  /** Everything after `after` (a whole number >= 0), through the snapshot when it replaced some of it. */
  readAfter(after: number): Promise<ReadResult>;
  /** Accepts a compaction snapshot only on top of the current one and covering the whole log. */
  putSnapshot(put: SnapshotPut): Promise<SnapshotOutcome>;
  head(): Promise<LogHead>;
  /** Waits for pending writes, then closes. Later calls reject with RecordLogClosed. */
  close(): Promise<void>;
}

export interface RecordLogStore {
  /** The workspace's log (one instance per workspace while open). Rejects with RecordLogCorrupt when its storage is damaged. */
  open(workspaceId: string): Promise<RecordLog>;
  close(): Promise<void>;
}

export interface RecordLogLimits {
  /** A larger record is refused (RangeError) before anything is written. */
  maxRecordBytes: number;
  /** All records of one append together. */
  maxAppendBytes: number;
  maxSnapshotBytes: number;
}

export const DEFAULT_LIMITS: RecordLogLimits = {
  maxRecordBytes: 16 * 1024 * 1024,
  maxAppendBytes: 256 * 1024 * 1024,
  maxSnapshotBytes: 256 * 1024 * 1024,
};

/** Storage that is damaged where no crash can explain it (not a torn last write): reported, never skipped. */
export class RecordLogCorrupt extends Error {
  override readonly name = 'RecordLogCorrupt';

  constructor(
    readonly location: string,
    readonly offset: number,
    readonly detail: string,
  ) {
    super(`record log ${location} is damaged at byte ${offset}: ${detail}`);
  }
}

export class RecordLogClosed extends Error {
  override readonly name = 'RecordLogClosed';

  constructor(workspaceId: string) {
    super(`the record log of ${workspaceId} is closed`);
  }
}

/** A write or fsync failed: what reached the disk is unknown until the log is opened again. */
export class RecordLogFailed extends Error {
  override readonly name = 'RecordLogFailed';

  constructor(workspaceId: string, cause: unknown) {
    super(`the record log of ${workspaceId} failed to write and refuses further work until reopened`, { cause });
  }
}

export function checkAfter(after: number): void {
  if (!Number.isSafeInteger(after) || after < 0) throw new RangeError(`readAfter takes a whole number >= 0, got ${after}`);
}

/** Validates an append before anything is stored; returns its total size. */
export function checkAppend(records: readonly Uint8Array[], limits: RecordLogLimits): number {
  if (!Array.isArray(records)) throw new TypeError('append takes an array of records');
  let total = 0;
  for (const record of records) {
    if (!(record instanceof Uint8Array)) throw new TypeError('a record is bytes (Uint8Array)');
    if (record.length > limits.maxRecordBytes) throw new RangeError(`a record of ${record.length} bytes is above the limit of ${limits.maxRecordBytes}`);
    total += record.length;
  }
  if (total > limits.maxAppendBytes) throw new RangeError(`an append of ${total} bytes is above the limit of ${limits.maxAppendBytes}`);
  return total;
}

export function checkSnapshotPut(put: SnapshotPut, limits: RecordLogLimits): void {
  if (!Number.isSafeInteger(put?.parentSeq) || put.parentSeq < 0 || !Number.isSafeInteger(put.seq) || put.seq < 0) {
    throw new RangeError('a snapshot names its parentSeq and seq as whole numbers >= 0');
  }
  if (!(put.bytes instanceof Uint8Array)) throw new TypeError('a snapshot is bytes (Uint8Array)');
  if (put.bytes.length > limits.maxSnapshotBytes) throw new RangeError(`a snapshot of ${put.bytes.length} bytes is above the limit of ${limits.maxSnapshotBytes}`);
}

/** The acceptance rule every store applies, against its durable head. */
export function decideSnapshot(head: LogHead, put: SnapshotPut): SnapshotRefusal | null {
  if (put.parentSeq !== head.snapshotSeq) return 'stale-parent';
  if (put.seq > head.seq) return 'beyond-head';
  if (put.seq < head.seq) return 'missing-records';
  if (put.seq === head.snapshotSeq) return 'nothing-new';
  return null;
}

/** One instance per workspace while open; a failed open is forgotten so the next one retries. */
export class OpenLogs<L extends RecordLog> {
  readonly #logs = new Map<string, Promise<L>>();

  get(workspaceId: string, create: () => Promise<L>): Promise<L> {
    let log = this.#logs.get(workspaceId);
    if (!log) {
      log = create();
      this.#logs.set(workspaceId, log);
      log.catch(() => {
        if (this.#logs.get(workspaceId) === log) this.#logs.delete(workspaceId);
      });
    }
    return log;
  }

  forget(workspaceId: string): void {
    this.#logs.delete(workspaceId);
  }

  async closeAll(): Promise<void> {
    const logs = [...this.#logs.values()];
    this.#logs.clear();
    await Promise.all(logs.map(async (log) => (await log.catch(() => null))?.close()));
  }
}
