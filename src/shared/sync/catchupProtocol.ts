import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { isValidDocName } from '../model/docIds';
import { DIGEST_BYTES } from './docDigest';

/**
 * The workspace catch-up channel: one websocket per device at
 * ws://HOST:PORT/<workspaceId>/_catchup?token=<secret>.
 *
 * Every frame is one binary message: varUint message type, then its fields,
 * written with lib0 encoding. Nothing may follow the last field.
 *
 *   client -> relay
 *     STATES   last:varUint(0|1), n:varUint, n x (name:varString, stateVector:varUint8Array, digest:varUint8Array)
 *              What the device holds. Sent in batches; `last` marks the final batch.
 *              digest is empty or 16 bytes (see docDigest.ts).
 *     UPDATES  seq:varUint(>0), n, n x (name:varString, update:varUint8Array)
 *              Updates the relay asked for (REQUEST) or local changes made while connected.
 *              The relay answers ACK seq once they are written to its store.
 *   relay -> client
 *     UPDATES  seq=0, n, n x (name, update)   What the device misses, and later live changes.
 *     REQUEST  n, n x (name:varString, stateVector:varUint8Array)
 *              "Send me what you have beyond this state vector" (empty vector = everything).
 *     SYNCED   docs:varUint, sent:varUint, requested:varUint
 *              The answer to the last STATES batch is complete (all UPDATES/REQUEST sent before it).
 *     ACK      seq:varUint
 *     ERROR    code:varUint, message:varString   (then the relay closes with that code)
 *
 * Flow: client sends STATES batches -> relay streams UPDATES (missing docs and
 * parts) and REQUEST (what it misses) -> SYNCED -> client sends requested
 * UPDATES -> ACK. While connected the relay pushes UPDATES for every doc of the
 * workspace that changes, and the client may push UPDATES of its own.
 */
export const CATCHUP_PROTOCOL_VERSION = 1;

export const MsgType = {
  states: 1,
  updates: 2,
  request: 3,
  synced: 4,
  ack: 5,
  error: 6,
} as const;

/** Upper bound on entries in one message; far above what batching produces. */
export const MAX_ENTRIES_PER_MESSAGE = 100_000;

export interface DocStateEntry {
  name: string;
  stateVector: Uint8Array;
  digest: Uint8Array;
}
export interface DocUpdateEntry {
  name: string;
  update: Uint8Array;
}
export interface DocRequestEntry {
  name: string;
  stateVector: Uint8Array;
}

export type CatchupMessage =
  | { type: 'states'; last: boolean; entries: DocStateEntry[] }
  | { type: 'updates'; seq: number; entries: DocUpdateEntry[] }
  | { type: 'request'; entries: DocRequestEntry[] }
  | { type: 'synced'; docs: number; sent: number; requested: number }
  | { type: 'ack'; seq: number }
  | { type: 'error'; code: number; message: string };

export class CatchupProtocolError extends Error {
  override name = 'CatchupProtocolError';
}

export function encodeCatchupMessage(msg: CatchupMessage): Uint8Array {
  const enc = encoding.createEncoder();
  switch (msg.type) {
    case 'states':
      encoding.writeVarUint(enc, MsgType.states);
      encoding.writeVarUint(enc, msg.last ? 1 : 0);
      encoding.writeVarUint(enc, msg.entries.length);
      for (const e of msg.entries) {
        encoding.writeVarString(enc, e.name);
        encoding.writeVarUint8Array(enc, e.stateVector);
        encoding.writeVarUint8Array(enc, e.digest);
      }
      break;
    case 'updates':
      encoding.writeVarUint(enc, MsgType.updates);
      encoding.writeVarUint(enc, msg.seq);
      encoding.writeVarUint(enc, msg.entries.length);
      for (const e of msg.entries) {
        encoding.writeVarString(enc, e.name);
        encoding.writeVarUint8Array(enc, e.update);
      }
      break;
    case 'request':
      encoding.writeVarUint(enc, MsgType.request);
      encoding.writeVarUint(enc, msg.entries.length);
      for (const e of msg.entries) {
        encoding.writeVarString(enc, e.name);
        encoding.writeVarUint8Array(enc, e.stateVector);
      }
      break;
    case 'synced':
      encoding.writeVarUint(enc, MsgType.synced);
      encoding.writeVarUint(enc, msg.docs);
      encoding.writeVarUint(enc, msg.sent);
      encoding.writeVarUint(enc, msg.requested);
      break;
    case 'ack':
      encoding.writeVarUint(enc, MsgType.ack);
      encoding.writeVarUint(enc, msg.seq);
      break;
    case 'error':
      encoding.writeVarUint(enc, MsgType.error);
      encoding.writeVarUint(enc, msg.code);
      encoding.writeVarString(enc, msg.message);
      break;
  }
  return encoding.toUint8Array(enc);
}

function readCount(dec: decoding.Decoder): number {
  const n = decoding.readVarUint(dec);
  if (n > MAX_ENTRIES_PER_MESSAGE) throw new CatchupProtocolError(`too many entries: ${n}`);
  // Each entry takes at least two bytes: a count larger than that is a lie.
  if (n * 2 > dec.arr.length - dec.pos) throw new CatchupProtocolError('entry count exceeds frame');
  return n;
}

function readName(dec: decoding.Decoder): string {
  const name = decoding.readVarString(dec);
  if (!isValidDocName(name)) throw new CatchupProtocolError('invalid doc name');
  return name;
}

function readStateVector(dec: decoding.Decoder): Uint8Array {
  const sv = decoding.readVarUint8Array(dec);
  try {
    // Validates the encoding (varUint count, then client/clock pairs).
    const d = decoding.createDecoder(sv);
    const n = decoding.readVarUint(d);
    for (let i = 0; i < n; i++) {
      decoding.readVarUint(d);
      decoding.readVarUint(d);
    }
    if (d.pos !== sv.length) throw new Error('trailing bytes');
  } catch {
    throw new CatchupProtocolError('invalid state vector');
  }
  return sv;
}

/**
 * Decodes and validates one frame. Throws CatchupProtocolError on anything
 * malformed: truncated varints, lying lengths, bad names, trailing bytes.
 * Update payloads are only checked to be byte strings here; the receiver
 * applies them inside a try block.
 */
export function decodeCatchupMessage(data: Uint8Array): CatchupMessage {
  const dec = decoding.createDecoder(data);
  let msg: CatchupMessage;
  try {
    const type = decoding.readVarUint(dec);
    switch (type) {
      case MsgType.states: {
        const lastFlag = decoding.readVarUint(dec);
        if (lastFlag > 1) throw new CatchupProtocolError('bad last flag');
        const n = readCount(dec);
        const entries: DocStateEntry[] = [];
        for (let i = 0; i < n; i++) {
          const name = readName(dec);
          const stateVector = readStateVector(dec);
          const digest = decoding.readVarUint8Array(dec);
          if (digest.length !== 0 && digest.length !== DIGEST_BYTES) throw new CatchupProtocolError('bad digest length');
          entries.push({ name, stateVector, digest });
        }
        msg = { type: 'states', last: lastFlag === 1, entries };
        break;
      }
      case MsgType.updates: {
        const seq = decoding.readVarUint(dec);
        const n = readCount(dec);
        const entries: DocUpdateEntry[] = [];
        for (let i = 0; i < n; i++) {
          const name = readName(dec);
          const update = decoding.readVarUint8Array(dec);
          if (update.length === 0) throw new CatchupProtocolError('empty update');
          entries.push({ name, update });
        }
        msg = { type: 'updates', seq, entries };
        break;
      }
      case MsgType.request: {
        const n = readCount(dec);
        const entries: DocRequestEntry[] = [];
        for (let i = 0; i < n; i++) entries.push({ name: readName(dec), stateVector: readStateVector(dec) });
        msg = { type: 'request', entries };
        break;
      }
      case MsgType.synced:
        msg = { type: 'synced', docs: decoding.readVarUint(dec), sent: decoding.readVarUint(dec), requested: decoding.readVarUint(dec) };
        break;
      case MsgType.ack:
        msg = { type: 'ack', seq: decoding.readVarUint(dec) };
        break;
      case MsgType.error:
        msg = { type: 'error', code: decoding.readVarUint(dec), message: decoding.readVarString(dec).slice(0, 1000) };
        break;
      default:
        throw new CatchupProtocolError(`unknown message type ${type}`);
    }
  } catch (err) {
    if (err instanceof CatchupProtocolError) throw err;
    throw new CatchupProtocolError(`undecodable frame: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (dec.pos !== data.length) throw new CatchupProtocolError('trailing bytes after message');
  return msg;
}

/** Decoded state vector as a map; input already validated by decodeCatchupMessage. */
export function stateVectorMap(sv: Uint8Array): Map<number, number> {
  return Y.decodeStateVector(sv);
}

/**
 * Compares two state vectors. `aHasMore`: a holds some insert b lacks;
 * `bHasMore`: the reverse. Both false = same inserts.
 */
export function compareStateVectors(a: Map<number, number>, b: Map<number, number>): { aHasMore: boolean; bHasMore: boolean } {
  let aHasMore = false;
  let bHasMore = false;
  for (const [client, clock] of a) if (clock > (b.get(client) ?? 0)) aHasMore = true;
  for (const [client, clock] of b) if (clock > (a.get(client) ?? 0)) bHasMore = true;
  return { aHasMore, bHasMore };
}

/** Splits entries into batches of at most maxBytes (approx.) and maxEntries each. */
export function batchEntries<T>(items: T[], size: (item: T) => number, maxBytes: number, maxEntries: number): T[][] {
  const batches: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const s = size(item);
    if (cur.length > 0 && (bytes + s > maxBytes || cur.length >= maxEntries)) {
      batches.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(item);
    bytes += s;
  }
  if (cur.length > 0) batches.push(cur);
  return batches;
}
