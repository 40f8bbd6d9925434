import type { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { DocManager } from './docManager';
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from './docManager';
import type { DocPeer, RelayDoc } from './relayDoc';
import { CloseCode } from '../shared/sync/closeCodes';
import { errorFields, type Logger } from './logger';

/** Frames buffered to one slow client beyond this close it: the relay does not hold unbounded memory for it. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/**
 * One y-websocket client attached to one doc. Speaks the protocol of
 * y-websocket / y-protocols: sync step 1 / step 2 / update (message 0),
 * awareness (1) and query-awareness (3). Anything else, or anything that does
 * not decode, closes this connection with 4400; other peers are untouched.
 */
export class SyncPeer implements DocPeer {
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly rd: RelayDoc,
    private readonly manager: DocManager,
    private readonly logger: Logger,
    private readonly onClosed: () => void,
  ) {}

  start(): void {
    const { rd } = this;
    this.manager.cancelIdle(rd);
    const awareness = rd.ensureAwareness();
    if (rd.peers.size === 0) awareness.on('update', this.awarenessBroadcaster(rd));
    rd.peers.set(this, new Set());
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(enc, rd.doc);
    this.send(encoding.toUint8Array(enc));
    const states = awareness.getStates();
    if (states.size > 0) this.send(awarenessFrame(awareness, [...states.keys()]));
  }

  /**
   * One listener per awareness instance broadcasts its changes to every peer,
   * including the sender: y-websocket clients count any message as a sign of life.
   */
  private awarenessBroadcaster(rd: RelayDoc) {
    return ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
      const controlled = rd.peers.get(origin as DocPeer);
      if (controlled !== undefined) {
        for (const id of added) controlled.add(id);
        for (const id of removed) controlled.delete(id);
      }
      if (rd.awareness === null) return;
      const frame = awarenessFrame(rd.awareness, added.concat(updated, removed));
      for (const peer of rd.peers.keys()) peer.send(frame);
    };
  }

  send(frame: Uint8Array): void {
    if (this.closed) return;
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CloseCode.tooLarge, 'client too slow: send buffer full');
      return;
    }
    this.ws.send(frame, { binary: true });
  }

  /** Handles one frame; a malformed one closes this connection (4400) and nothing else. */
  handle(data: Uint8Array): void {
    if (this.closed) return;
    const { rd } = this;
    try {
      const dec = decoding.createDecoder(data);
      const type = decoding.readVarUint(dec);
      if (type === MESSAGE_SYNC) {
        const sub = decoding.readVarUint(dec);
        if (sub === syncProtocol.messageYjsSyncStep1) {
          const sv = decoding.readVarUint8Array(dec);
          expectEnd(dec);
          Y.decodeStateVector(sv); // throws on junk before we answer
          const enc = encoding.createEncoder();
          encoding.writeVarUint(enc, MESSAGE_SYNC);
          syncProtocol.writeSyncStep2(enc, rd.doc, sv);
          this.send(encoding.toUint8Array(enc));
        } else if (sub === syncProtocol.messageYjsSyncStep2 || sub === syncProtocol.messageYjsUpdate) {
          const update = decoding.readVarUint8Array(dec);
          expectEnd(dec);
          Y.applyUpdate(rd.doc, update, this);
        } else {
          throw new Error(`unknown sync message ${sub}`);
        }
      } else if (type === MESSAGE_AWARENESS) {
        const update = decoding.readVarUint8Array(dec);
        expectEnd(dec);
        awarenessProtocol.applyAwarenessUpdate(rd.ensureAwareness(), update, this);
      } else if (type === MESSAGE_QUERY_AWARENESS) {
        expectEnd(dec);
        const awareness = rd.ensureAwareness();
        this.send(awarenessFrame(awareness, [...awareness.getStates().keys()]));
      } else {
        throw new Error(`unknown message type ${type}`);
      }
    } catch (err) {
      this.logger.warn('conn.malformed', { workspaceId: rd.workspaceId, doc: rd.name, ...errorFields(err) });
      this.close(CloseCode.malformed, 'malformed message');
    }
  }

  close(code: number, reason: string): void {
    if (!this.closed) {
      try {
        this.ws.close(code, reason);
      } catch {
        this.ws.terminate();
      }
    }
    this.detach();
  }

  /** Called when the socket is gone: forget the peer and its presence. */
  detach(): void {
    if (this.closed) return;
    this.closed = true;
    const { rd } = this;
    const controlled = rd.peers.get(this);
    rd.peers.delete(this);
    if (rd.awareness !== null && controlled !== undefined && controlled.size > 0) {
      awarenessProtocol.removeAwarenessStates(rd.awareness, [...controlled], null);
    }
    if (rd.peers.size === 0) {
      rd.awareness?.destroy();
      rd.awareness = null;
      this.manager.scheduleIdle(rd);
    }
    this.onClosed();
  }
}

function awarenessFrame(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(enc);
}

function expectEnd(dec: decoding.Decoder): void {
  if (dec.pos !== dec.arr.length) throw new Error('trailing bytes');
}
