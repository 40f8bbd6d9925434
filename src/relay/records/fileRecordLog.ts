import fs from 'node:fs';
import path from 'node:path';
import { isValidWorkspaceId } from '../../shared/sync/rooms';
import { fsyncDir } from '../docLog';
import {
  checkAfter,
  checkAppend,
  checkSnapshotPut,
  decideSnapshot,
  DEFAULT_LIMITS,
  OpenLogs,
  RecordLogClosed,
  RecordLogCorrupt,
  RecordLogFailed,
  type AppendResult,
  type LogHead,
  type ReadResult,
  type RecordLog,
  type RecordLogLimits,
  type RecordLogStore,
  type SnapshotOutcome,
  type SnapshotPut,
  type StoredRecord,
} from './recordLog';
import { encodeRecordsFrame, encodeSnapshotFrame, FILE_MAGIC, FRAME_HEADER_BYTES, FRAME_SNAPSHOT, scanFrames } from './recordFrames';

/**
 * A workspace's record log as one append-only file (layout in recordFrames.ts), for `npm run
 * relay` and LAN hosting. Appends wait in a queue; each turn writes every waiting append as one
 * frame, fsyncs, and only then gives out their seqs, serves them and resolves (group commit: 20
 * writers cost one fsync per turn, not 20). An accepted snapshot covers the whole log, so
 * compaction rewrites the file as that one frame (temp file, fsync, rename, directory fsync).
 *
 * Opening cuts a torn last frame (a crash in the middle of a write: never acknowledged, never
 * served) and reports it; damage anywhere else throws RecordLogCorrupt and leaves the file as it is.
 * The index of record offsets stays in memory; record bytes are read from the file when served.
 * One process per data directory: two relays on one file would interleave frames.
 */
export interface FileRecordLogOptions {
  limits?: RecordLogLimits;
  /** Told when opening cut a torn tail, for the relay's log. */
  onTailTruncated?: (info: { workspaceId: string; file: string; bytes: number }) => void;
}

interface Handle {
  fd: number;
  users: number;
  retired: boolean;
}

type Op =
  | { kind: 'append'; records: readonly Uint8Array[]; bytes: number; resolve: (r: AppendResult) => void; reject: (e: unknown) => void }
  | { kind: 'snapshot'; put: SnapshotPut; resolve: (r: SnapshotOutcome) => void; reject: (e: unknown) => void };

const write = (fd: number, buf: Buffer, position: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const step = (off: number): void =>
      fs.write(fd, buf, off, buf.length - off, position + off, (err, n) => {
        if (err) reject(err);
        else if (off + n < buf.length) step(off + n);
        else resolve();
      });
    step(0);
  });
const fsync = (fd: number): Promise<void> => new Promise((resolve, reject) => fs.fsync(fd, (err) => (err ? reject(err) : resolve())));
const read = (fd: number, length: number, position: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const buf = Buffer.allocUnsafe(length);
    const step = (off: number): void => {
      if (off === length) return resolve(buf);
      fs.read(fd, buf, off, length - off, position + off, (err, n) => {
        if (err) reject(err);
        else if (n === 0) reject(new Error(`record log read past its end at ${position + off}`));
        else step(off + n);
      });
    };
    step(0);
  });

export class FileRecordLog implements RecordLog {
  #handle: Handle;
  #size: number;
  #head: LogHead;
  #snapshot: { offset: number; length: number } | null;
  /** Offsets and lengths of records after head.snapshotSeq, by seq - snapshotSeq - 1. */
  #offsets: number[];
  #lengths: number[];
  readonly #queue: Op[] = [];
  #draining = false;
  #closing: Promise<void> | null = null;
  #failed: RecordLogFailed | null = null;

  private constructor(
    readonly workspaceId: string,
    readonly file: string,
    fd: number,
    size: number,
    head: LogHead,
    snapshot: { offset: number; length: number } | null,
    offsets: number[],
    lengths: number[],
    private readonly limits: RecordLogLimits,
    private readonly onClosed: () => void,
  ) {
    this.#handle = { fd, users: 0, retired: false };
    this.#size = size;
    this.#head = head;
    this.#snapshot = snapshot;
    this.#offsets = offsets;
    this.#lengths = lengths;
  }

  /** Opens (or creates) the log at `file`, cutting a torn tail. Throws RecordLogCorrupt on damage. */
  static async open(workspaceId: string, file: string, options: FileRecordLogOptions = {}, onClosed: () => void = () => {}): Promise<FileRecordLog> {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    let image: Buffer;
    try {
      image = await fs.promises.readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      image = Buffer.alloc(0);
    }
    let truncated = 0;
    if (image.length < FILE_MAGIC.length) {
      if (!FILE_MAGIC.subarray(0, image.length).equals(image)) throw new RecordLogCorrupt(file, 0, 'not a record log (a short foreign file)');
      // New, or torn while its header was written: nothing was ever acknowledged from it.
      truncated = image.length;
      const fd = fs.openSync(file, 'w');
      try {
        fs.writeSync(fd, FILE_MAGIC);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fsyncDir(path.dirname(file));
      image = Buffer.from(FILE_MAGIC);
    } else if (!image.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)) {
      throw new RecordLogCorrupt(file, 0, 'not a record log (foreign header)');
    }
    const scanned = scanFrames(image);
    if (scanned.damage) throw new RecordLogCorrupt(file, scanned.damage.offset, scanned.damage.detail);
    const fd = fs.openSync(file, 'r+');
    if (scanned.goodEnd < image.length) {
      truncated += image.length - scanned.goodEnd;
      try {
        fs.ftruncateSync(fd, scanned.goodEnd);
        fs.fsyncSync(fd);
      } catch (err) {
        fs.closeSync(fd);
        throw err;
      }
    }
    if (truncated > 0) options.onTailTruncated?.({ workspaceId, file, bytes: truncated });
    const head: LogHead = { seq: 0, snapshotSeq: 0 };
    let snapshot: { offset: number; length: number } | null = null;
    const offsets: number[] = [];
    const lengths: number[] = [];
    for (const frame of scanned.frames) {
      if (frame.type === FRAME_SNAPSHOT) {
        snapshot = { offset: frame.offsets[0]!, length: frame.lengths[0]! };
        head.seq = head.snapshotSeq = frame.seq;
      } else {
        offsets.push(...frame.offsets);
        lengths.push(...frame.lengths);
        head.seq += frame.offsets.length;
      }
    }
    return new FileRecordLog(workspaceId, file, fd, scanned.goodEnd, head, snapshot, offsets, lengths, options.limits ?? DEFAULT_LIMITS, onClosed);
  }

  #usable(): void {
    if (this.#closing) throw new RecordLogClosed(this.workspaceId);
    if (this.#failed) throw this.#failed;
  }

  append(records: readonly Uint8Array[]): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.#usable();
      const bytes = checkAppend(records, this.limits);
      // Copied now: the caller may reuse its buffers before the write happens.
      this.#enqueue({ kind: 'append', records: records.map((r) => Uint8Array.from(r)), bytes, resolve, reject });
    });
  }

  putSnapshot(put: SnapshotPut): Promise<SnapshotOutcome> {
    return new Promise((resolve, reject) => {
      this.#usable();
      checkSnapshotPut(put, this.limits);
      this.#enqueue({ kind: 'snapshot', put: { ...put, bytes: Uint8Array.from(put.bytes) }, resolve, reject });
    });
  }

  async head(): Promise<LogHead> {
    this.#usable();
    return { ...this.#head };
  }

  async readAfter(after: number): Promise<ReadResult> {
    this.#usable();
    checkAfter(after);
    // Everything below is taken in this tick: the durable state, and the file it lives in.
    const head = { ...this.#head };
    const snapshot = this.#snapshot && after < head.snapshotSeq ? { ...this.#snapshot } : null;
    const from = Math.max(after, head.snapshotSeq) - head.snapshotSeq;
    const offsets = this.#offsets.slice(from);
    const lengths = this.#lengths.slice(from);
    const handle = this.#handle;
    handle.users++;
    try {
      const snapshotBytes = snapshot ? new Uint8Array(await read(handle.fd, snapshot.length, snapshot.offset)) : null;
      const records: StoredRecord[] = [];
      if (offsets.length > 0) {
        const start = offsets[0]!;
        const region = await read(handle.fd, offsets[offsets.length - 1]! + lengths[lengths.length - 1]! - start, start);
        const firstSeq = head.snapshotSeq + from + 1;
        for (let i = 0; i < offsets.length; i++) {
          const at = offsets[i]! - start;
          records.push({ seq: firstSeq + i, bytes: new Uint8Array(region.buffer, region.byteOffset + at, lengths[i]!) });
        }
      }
      return { snapshot: snapshotBytes ? { seq: head.snapshotSeq, bytes: snapshotBytes } : null, records, head };
    } finally {
      handle.users--;
      this.#release(handle);
    }
  }

  close(): Promise<void> {
    if (!this.#closing) {
      this.#closing = (async () => {
        while (this.#draining || this.#queue.length > 0) await new Promise((r) => setImmediate(r));
        this.#handle.retired = true;
        this.#release(this.#handle);
        this.onClosed();
      })();
    }
    return this.#closing;
  }

  #release(handle: Handle): void {
    if (handle.retired && handle.users === 0 && handle.fd >= 0) {
      const fd = handle.fd;
      handle.fd = -1;
      fs.close(fd, () => {});
    }
  }

  #enqueue(op: Op): void {
    this.#queue.push(op);
    if (!this.#draining) void this.#drain();
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#queue.length > 0) {
        if (this.#failed) {
          for (const op of this.#queue.splice(0)) op.reject(this.#failed);
          break;
        }
        if (this.#queue[0]!.kind === 'snapshot') {
          await this.#putSnapshot(this.#queue.shift() as Extract<Op, { kind: 'snapshot' }>);
          continue;
        }
        // Every append waiting now, up to one append's worth of bytes, goes into one frame.
        const group: Extract<Op, { kind: 'append' }>[] = [];
        let bytes = 0;
        while (this.#queue[0]?.kind === 'append' && (group.length === 0 || bytes + this.#queue[0].bytes <= this.limits.maxAppendBytes)) {
          const op = this.#queue.shift() as Extract<Op, { kind: 'append' }>;
          bytes += op.bytes;
          group.push(op);
        }
        await this.#writeGroup(group);
      }
    } finally {
      this.#draining = false;
    }
  }

  async #writeGroup(group: Extract<Op, { kind: 'append' }>[]): Promise<void> {
    const records = group.flatMap((op) => op.records);
    const first = this.#head.seq + 1;
    if (records.length > 0) {
      const frame = encodeRecordsFrame(first, records);
      try {
        await write(this.#handle.fd, frame, this.#size);
        await fsync(this.#handle.fd);
      } catch (err) {
        // What reached the disk is unknown (a failed fsync may have dropped pages): cut back to the
        // last good frame if possible, and refuse further work; reopening scans what is really there.
        try {
          fs.ftruncateSync(this.#handle.fd, this.#size);
        } catch {
          // the scan on reopen decides
        }
        this.#failed = new RecordLogFailed(this.workspaceId, err);
        for (const op of group) op.reject(this.#failed);
        return;
      }
      let at = this.#size + FRAME_HEADER_BYTES;
      for (const r of records) {
        this.#offsets.push(at + 4);
        this.#lengths.push(r.length);
        at += 4 + r.length;
      }
      this.#size += frame.length;
      this.#head.seq += records.length;
    }
    let next = first;
    for (const op of group) {
      op.resolve({ first: next, last: next + op.records.length - 1 });
      next += op.records.length;
    }
  }

  async #putSnapshot(op: Extract<Op, { kind: 'snapshot' }>): Promise<void> {
    const refusal = decideSnapshot(this.#head, op.put);
    if (refusal) return op.resolve({ accepted: false, reason: refusal, head: { ...this.#head } });
    const tmp = `${this.file}.tmp-${process.pid}`;
    const image = Buffer.concat([FILE_MAGIC, encodeSnapshotFrame(op.put.seq, op.put.bytes)]);
    try {
      const fd = fs.openSync(tmp, 'w');
      try {
        await write(fd, image, 0);
        await fsync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, this.file);
    } catch (err) {
      // The old file is untouched: the snapshot is refused with the error, the log goes on.
      fs.rmSync(tmp, { force: true });
      return op.reject(err);
    }
    fsyncDir(path.dirname(this.file));
    const old = this.#handle;
    try {
      this.#handle = { fd: fs.openSync(this.file, 'r+'), users: 0, retired: false };
    } catch (err) {
      this.#failed = new RecordLogFailed(this.workspaceId, err);
      return op.reject(this.#failed);
    } finally {
      // Reads still in flight finish on the old (now unlinked) file, whose offsets they hold.
      old.retired = true;
      this.#release(old);
    }
    this.#size = image.length;
    this.#snapshot = { offset: FILE_MAGIC.length + FRAME_HEADER_BYTES, length: op.put.bytes.length };
    this.#offsets = [];
    this.#lengths = [];
    this.#head = { seq: op.put.seq, snapshotSeq: op.put.seq };
    op.resolve({ accepted: true, head: { ...this.#head } });
  }
}

/** `<dataDir>/<workspaceId>/records.rlog`, one log per workspace, opened once. */
export class FileRecordLogStore implements RecordLogStore {
  readonly #open = new OpenLogs<FileRecordLog>();

  constructor(
    readonly dataDir: string,
    private readonly options: FileRecordLogOptions = {},
  ) {}

  fileOf(workspaceId: string): string {
    return path.join(this.dataDir, workspaceId, 'records.rlog');
  }

  open(workspaceId: string): Promise<RecordLog> {
    if (!isValidWorkspaceId(workspaceId)) return Promise.reject(new TypeError(`bad workspace id ${JSON.stringify(workspaceId)}`));
    return this.#open.get(workspaceId, () => FileRecordLog.open(workspaceId, this.fileOf(workspaceId), this.options, () => this.#open.forget(workspaceId)));
  }

  close(): Promise<void> {
    return this.#open.closeAll();
  }
}
