import { crc32 } from 'node:zlib';

/**
 * The file layout of a workspace's record log (fileRecordLog.ts):
 *
 *   file     = MAGIC (8 bytes: "RPRECS" 0x00 0x01) frame*
 *   frame    = header (28 bytes) payload trailer (4 bytes)
 *   header   offset  0  marker "RLF1"      4 bytes, where a frame starts (found again when scanning past damage)
 *                    4  type u8           1 = records, 2 = snapshot
 *                    5  zero              3 bytes
 *                    8  seq u64le         records: the seq of its first record; snapshot: the last seq it covers
 *                   16  count u32le       records in the frame (snapshot: 0)
 *                   20  length u32le      payload bytes
 *                   24  header crc u32le  CRC-32 of bytes 0-23, so a damaged length is never followed
 *   payload  records:  count x (length u32le, bytes);  snapshot: its bytes
 *   trailer  payload crc u32le            CRC-32 of the payload
 *
 * One frame is one write followed by one fsync (all appends waiting at that moment, "group
 * commit"), so a crash can tear only the last frame. The log parses its own framing only: record
 * bytes are stored and returned as they came.
 */
export const FILE_MAGIC = Buffer.from('RPRECS\u0000\u0001', 'latin1');
export const FRAME_MARKER = Buffer.from('RLF1', 'latin1');
export const FRAME_HEADER_BYTES = 28;
export const FRAME_TRAILER_BYTES = 4;
export const FRAME_RECORDS = 1;
export const FRAME_SNAPSHOT = 2;

export interface ParsedFrame {
  type: typeof FRAME_RECORDS | typeof FRAME_SNAPSHOT;
  seq: number;
  /** Offsets in the image. */
  start: number;
  end: number;
  /** Absolute offset and length of each record (records frame) or of the snapshot (one entry). */
  offsets: number[];
  lengths: number[];
}

function header(type: number, seq: number, count: number, length: number): Buffer {
  const h = Buffer.alloc(FRAME_HEADER_BYTES);
  FRAME_MARKER.copy(h, 0);
  h[4] = type;
  h.writeBigUInt64LE(BigInt(seq), 8);
  h.writeUInt32LE(count, 16);
  h.writeUInt32LE(length, 20);
  h.writeUInt32LE(crc32(h.subarray(0, 24)), 24);
  return h;
}

export function encodeRecordsFrame(firstSeq: number, records: readonly Uint8Array[]): Buffer {
  let length = 0;
  for (const r of records) length += 4 + r.length;
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + length + FRAME_TRAILER_BYTES);
  header(FRAME_RECORDS, firstSeq, records.length, length).copy(frame, 0);
  let at = FRAME_HEADER_BYTES;
  for (const r of records) {
    frame.writeUInt32LE(r.length, at);
    frame.set(r, at + 4);
    at += 4 + r.length;
  }
  frame.writeUInt32LE(crc32(frame.subarray(FRAME_HEADER_BYTES, at)), at);
  return frame;
}

export function encodeSnapshotFrame(seq: number, bytes: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + bytes.length + FRAME_TRAILER_BYTES);
  header(FRAME_SNAPSHOT, seq, 0, bytes.length).copy(frame, 0);
  frame.set(bytes, FRAME_HEADER_BYTES);
  frame.writeUInt32LE(crc32(bytes), FRAME_HEADER_BYTES + bytes.length);
  return frame;
}

/** Parses the frame at `at` on its own checksums (not its place in the log). */
export function parseFrame(image: Buffer, at: number): { frame: ParsedFrame } | { bad: string } {
  if (image.length - at < FRAME_HEADER_BYTES) return { bad: 'a frame header cut short' };
  if (!image.subarray(at, at + 4).equals(FRAME_MARKER)) return { bad: 'no frame marker' };
  if (crc32(image.subarray(at, at + 24)) !== image.readUInt32LE(at + 24)) return { bad: 'a frame header fails its checksum' };
  const type = image[at + 4];
  const seqBig = image.readBigUInt64LE(at + 8);
  const count = image.readUInt32LE(at + 16);
  const length = image.readUInt32LE(at + 20);
  if ((type !== FRAME_RECORDS && type !== FRAME_SNAPSHOT) || image[at + 5] !== 0 || image[at + 6] !== 0 || image[at + 7] !== 0) {
    return { bad: `an unknown frame type ${type}` };
  }
  if (seqBig > BigInt(Number.MAX_SAFE_INTEGER)) return { bad: 'a sequence number out of range' };
  const payload = at + FRAME_HEADER_BYTES;
  const end = payload + length + FRAME_TRAILER_BYTES;
  if (end > image.length) return { bad: 'a frame cut short' };
  if (crc32(image.subarray(payload, payload + length)) !== image.readUInt32LE(payload + length)) return { bad: 'a payload fails its checksum' };
  const offsets: number[] = [];
  const lengths: number[] = [];
  if (type === FRAME_SNAPSHOT) {
    if (count !== 0) return { bad: 'a snapshot frame with a record count' };
    offsets.push(payload);
    lengths.push(length);
  } else {
    let p = payload;
    for (let i = 0; i < count; i++) {
      if (p + 4 > payload + length) return { bad: 'record lengths overrun their frame' };
      const n = image.readUInt32LE(p);
      if (p + 4 + n > payload + length) return { bad: 'record lengths overrun their frame' };
      offsets.push(p + 4);
      lengths.push(n);
      p += 4 + n;
    }
    if (p !== payload + length || count === 0) return { bad: 'record lengths do not fill their frame' };
  }
  return { frame: { type, seq: Number(seqBig), start: at, end, offsets, lengths } };
}

export interface ScannedLog {
  frames: ParsedFrame[];
  /** Where the last good frame ends; anything after it is a torn tail. */
  goodEnd: number;
}

/**
 * Reads every frame after the magic. A bad frame with no good frame anywhere after it is the torn
 * last write of a crash: scanning stops there (the caller cuts it). A bad frame that a good one
 * follows, or good frames out of sequence, is damage no crash explains: `damage` says where.
 */
export function scanFrames(image: Buffer): ScannedLog & { damage?: { offset: number; detail: string } } {
  const frames: ParsedFrame[] = [];
  let at = FILE_MAGIC.length;
  let next = 1;
  while (at < image.length) {
    const parsed = parseFrame(image, at);
    if ('bad' in parsed) {
      const following = nextGoodFrame(image, at + 1);
      if (following === null) return { frames, goodEnd: at };
      return { frames, goodEnd: at, damage: { offset: at, detail: `${parsed.bad}, and a good frame follows at byte ${following}` } };
    }
    const { frame } = parsed;
    if (frame.type === FRAME_SNAPSHOT && frames.length > 0) {
      return { frames, goodEnd: at, damage: { offset: at, detail: 'a snapshot frame after the first frame' } };
    }
    if (frame.type === FRAME_RECORDS && frame.seq !== next) {
      return { frames, goodEnd: at, damage: { offset: at, detail: `a frame starting at seq ${frame.seq} where ${next} was next` } };
    }
    next = frame.type === FRAME_SNAPSHOT ? frame.seq + 1 : frame.seq + frame.offsets.length;
    frames.push(frame);
    at = frame.end;
  }
  return { frames, goodEnd: at };
}

function nextGoodFrame(image: Buffer, from: number): number | null {
  for (let at = image.indexOf(FRAME_MARKER, from); at !== -1; at = image.indexOf(FRAME_MARKER, at + 1)) {
    if ('frame' in parseFrame(image, at)) return at;
  }
  return null;
}
