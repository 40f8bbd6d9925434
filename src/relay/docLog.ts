import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * The on-disk store of one doc: an append-only log file.
 *
 *   file    = MAGIC (8 bytes) record*
 *   record  = length:u32le  crc:u32le  kind:u8  payload[length]
 *             crc = CRC32 over kind and payload
 *   kind    1 = a Yjs update (v1), 2 = a snapshot (the whole doc as one update),
 *           3 = state meta: the state vector and delete-set digest of the doc as
 *               of that point (written when a doc is unloaded), so the catch-up
 *               channel can compare states without decoding the doc.
 *
 * Appends are plain write(2) calls: after kill -9 the kernel still holds them.
 * A crash (or a power loss without fsync) can leave a torn or corrupt tail;
 * `openDocLog` stops at the first record that is short, too long or fails its
 * CRC, truncates the file there and reports it, so a store always opens.
 * Compaction writes MAGIC + one snapshot to a temp file, fsyncs it, renames
 * it over the log and fsyncs the directory: a crash leaves old or new, never half.
 */
export const MAGIC = Buffer.from('RPLOG\u0000\u0001\n', 'latin1');
export const RECORD_HEADER = 9;
export const KIND_UPDATE = 1;
export const KIND_SNAPSHOT = 2;
export const KIND_META = 3;
/** A record longer than this is treated as corruption. */
export const MAX_RECORD_BYTES = 512 * 1024 * 1024;

export interface OpenedLog {
  log: DocLog;
  /** Payloads in order; the first is a snapshot when the log was compacted. */
  updates: Uint8Array[];
  /** Bytes cut from a torn/corrupt tail (0 when clean). */
  truncatedBytes: number;
  /** Payload of a meta record when it is the last record (it describes the whole log). */
  meta: Uint8Array | null;
  /** The file had a foreign header and was moved aside. */
  movedAside: string | null;
}

export function encodeRecord(kind: number, payload: Uint8Array): Buffer {
  const buf = Buffer.allocUnsafe(RECORD_HEADER + payload.length);
  buf.writeUInt32LE(payload.length, 0);
  buf[8] = kind;
  buf.set(payload, RECORD_HEADER);
  buf.writeUInt32LE(crc32(buf.subarray(8)), 4);
  return buf;
}

/** Scans a log image; returns the good records and where the good part ends. */
export function scanLog(image: Buffer): { updates: Uint8Array[]; meta: Uint8Array | null; goodEnd: number; records: number } {
  const updates: Uint8Array[] = [];
  let meta: Uint8Array | null = null;
  let pos = MAGIC.length;
  let records = 0;
  while (pos + RECORD_HEADER <= image.length) {
    const len = image.readUInt32LE(pos);
    const kind = image[pos + 8];
    if (len > MAX_RECORD_BYTES || pos + RECORD_HEADER + len > image.length) break;
    if (kind !== KIND_UPDATE && kind !== KIND_SNAPSHOT && kind !== KIND_META) break;
    const crc = image.readUInt32LE(pos + 4);
    if (crc32(image.subarray(pos + 8, pos + RECORD_HEADER + len)) !== crc) break;
    // Copy: the image buffer may be large and pooled.
    const payload = new Uint8Array(image.subarray(pos + RECORD_HEADER, pos + RECORD_HEADER + len));
    if (kind === KIND_META) meta = payload;
    else {
      updates.push(payload);
      meta = null;
    }
    pos += RECORD_HEADER + len;
    records++;
  }
  return { updates, meta, goodEnd: pos, records };
}

export class DocLog {
  private fd: number;
  /** Current file size in bytes. */
  size: number;
  /** Records in the file (a snapshot counts as one). */
  records: number;
  /** Size of the last snapshot written (0 if none). */
  snapshotBytes: number;
  unsynced = false;

  private constructor(
    readonly file: string,
    fd: number,
    size: number,
    records: number,
    snapshotBytes: number,
  ) {
    this.fd = fd;
    this.size = size;
    this.records = records;
    this.snapshotBytes = snapshotBytes;
  }

  /** Opens (or creates) a doc log, repairing a torn tail. Never throws on bad content. */
  static open(file: string): OpenedLog {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    let image: Buffer;
    try {
      image = fs.readFileSync(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      image = Buffer.alloc(0);
    }
    let movedAside: string | null = null;
    let truncatedBytes = 0;
    if (image.length > 0 && image.length < MAGIC.length && MAGIC.subarray(0, image.length).equals(image)) {
      // Torn while writing the header of a new file: nothing was stored yet.
      truncatedBytes = image.length;
      image = Buffer.alloc(0);
    } else if (image.length >= MAGIC.length && !image.subarray(0, MAGIC.length).equals(MAGIC)) {
      movedAside = `${file}.corrupt-${Date.now()}`;
      fs.renameSync(file, movedAside);
      image = Buffer.alloc(0);
    } else if (image.length > 0 && image.length < MAGIC.length) {
      movedAside = `${file}.corrupt-${Date.now()}`;
      fs.renameSync(file, movedAside);
      image = Buffer.alloc(0);
    }
    if (image.length === 0) {
      // No fsync here: a torn header reads as an empty log (handled above), and
      // the first sync() or compaction makes the file durable.
      const fd = fs.openSync(file, 'w');
      fs.writeSync(fd, MAGIC);
      const log = new DocLog(file, fd, MAGIC.length, 0, 0);
      log.unsynced = true;
      return { log, updates: [], meta: null, truncatedBytes, movedAside };
    }
    const { updates, meta, goodEnd, records } = scanLog(image);
    if (goodEnd < image.length) {
      truncatedBytes += image.length - goodEnd;
      fs.truncateSync(file, goodEnd);
    }
    const firstIsSnapshot = records > 0 && image[MAGIC.length + 8] === KIND_SNAPSHOT;
    const snapshotBytes = firstIsSnapshot ? image.readUInt32LE(MAGIC.length) : 0;
    const log = new DocLog(file, fs.openSync(file, 'a'), goodEnd, records, snapshotBytes);
    return { log, updates, meta, truncatedBytes, movedAside };
  }

  /** Appends updates as records, in one write. */
  append(updates: Uint8Array[]): void {
    if (updates.length === 0) return;
    const buf = updates.length === 1 ? encodeRecord(KIND_UPDATE, updates[0]!) : Buffer.concat(updates.map((u) => encodeRecord(KIND_UPDATE, u)));
    let off = 0;
    while (off < buf.length) off += fs.writeSync(this.fd, buf, off, buf.length - off);
    this.size += buf.length;
    this.records += updates.length;
    this.unsynced = true;
  }

  /** Appends a meta record (state vector + digest of everything before it). */
  appendMeta(meta: Uint8Array): void {
    const buf = encodeRecord(KIND_META, meta);
    let off = 0;
    while (off < buf.length) off += fs.writeSync(this.fd, buf, off, buf.length - off);
    this.size += buf.length;
    this.records++;
    this.unsynced = true;
  }

  /** Replaces the log by one snapshot, atomically (temp + fsync + rename + dir fsync). */
  compact(snapshot: Uint8Array, meta?: Uint8Array): void {
    const tmp = `${this.file}.tmp-${process.pid}`;
    const fd = fs.openSync(tmp, 'w');
    try {
      const rec = encodeRecord(KIND_SNAPSHOT, snapshot);
      const buf = Buffer.concat(meta ? [MAGIC, rec, encodeRecord(KIND_META, meta)] : [MAGIC, rec]);
      let off = 0;
      while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    fsyncDir(path.dirname(this.file));
    // A background fsync may still use the old descriptor: close it after that one.
    if (this.inFlight === 0) fs.closeSync(this.fd);
    else this.staleFds.push(this.fd);
    this.fd = fs.openSync(this.file, 'a');
    this.size = MAGIC.length + RECORD_HEADER + snapshot.length + (meta ? RECORD_HEADER + meta.length : 0);
    this.records = meta ? 2 : 1;
    this.snapshotBytes = snapshot.length;
    this.unsynced = false;
  }

  /** fsync if anything was appended since the last sync (guards against power loss, not needed for kill -9). Blocks. */
  sync(): void {
    if (!this.unsynced) return;
    fs.fsyncSync(this.fd);
    this.unsynced = false;
  }

  /**
   * The same on libuv's thread pool, so a relay with hundreds of written docs
   * does not stall its event loop on disk flushes.
   */
  syncInBackground(onError: (err: Error) => void): void {
    if (!this.unsynced || this.closed) return;
    this.unsynced = false;
    this.inFlight++;
    fs.fsync(this.fd, (err) => {
      this.inFlight--;
      if (err) onError(err);
      if (this.inFlight === 0) for (const fd of this.staleFds.splice(0)) fs.close(fd, () => {});
      if (this.inFlight === 0 && this.closed && !this.fdClosed) this.closeFd();
    });
  }

  private closed = false;
  private fdClosed = false;
  private readonly staleFds: number[] = [];
  private inFlight = 0;

  private closeFd(): void {
    this.fdClosed = true;
    fs.close(this.fd, () => {});
  }

  /**
   * Closes the log. `durable` (shutdown) fsyncs first and blocks; otherwise the
   * fsync runs in the background and the file is closed after it.
   */
  close(durable = true): void {
    if (this.closed) return;
    if (durable) {
      this.sync();
      this.closed = true;
      if (this.inFlight === 0) {
        this.fdClosed = true;
        fs.closeSync(this.fd);
      }
      return;
    }
    if (this.unsynced) this.syncInBackground(() => {});
    this.closed = true;
    if (this.inFlight === 0) this.closeFd();
  }
}

/**
 * Reads a doc's stored updates without keeping the file open. Only a log
 * that needs repair is opened for writing (to cut its tail).
 */
export function readDocLog(file: string): { updates: Uint8Array[]; meta: Uint8Array | null; truncatedBytes: number } | null {
  let image: Buffer;
  try {
    image = fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  if (image.length >= MAGIC.length && image.subarray(0, MAGIC.length).equals(MAGIC)) {
    const scanned = scanLog(image);
    if (scanned.goodEnd === image.length) return { updates: scanned.updates, meta: scanned.meta, truncatedBytes: 0 };
  }
  const opened = DocLog.open(file);
  opened.log.close();
  return { updates: opened.updates, meta: opened.meta, truncatedBytes: opened.truncatedBytes };
}

export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on directories; the rename is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
