import * as Y from 'yjs';
import { ObservableV2 } from 'lib0/observable';
import {
  batchEntries,
  CatchupProtocolError,
  decodeCatchupMessage,
  encodeCatchupMessage,
  type CatchupMessage,
  type DocStateEntry,
  type DocUpdateEntry,
} from './catchupProtocol';
import { catchupRoomName } from './rooms';
import { CloseCode, describeClose, isPermanentCloseCode } from './closeCodes';
import { deleteSetDigestOfDoc } from './docDigest';
import { clearTimer, setTimer, type TimerHandle } from './timers';

/**
 * Client of the workspace catch-up channel (protocol in catchupProtocol.ts).
 * Pure TypeScript: the caller injects a WebSocket constructor (the browser's
 * WebSocket, or `ws` in Node) and a doc source (the renderer's store).
 */

/** The part of a WebSocket this client uses. Both the DOM WebSocket and `ws` fit. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  // Typed `unknown` so that any WebSocket implementation is assignable; the
  // client assigns handlers with explicit parameter types.
  onopen: unknown;
  onmessage: unknown;
  onclose: unknown;
  onerror: unknown;
}
export type WebSocketConstructorLike = new (url: string) => WebSocketLike;

/** What the device holds. Methods may be sync or async. */
export interface CatchupDocSource {
  /** Names of every doc the device holds (`workspace`, `c:<id>`...). */
  listDocs(): Iterable<string> | Promise<Iterable<string>>;
  /** Y.encodeStateVector of the doc. */
  getStateVector(name: string): Uint8Array | Promise<Uint8Array>;
  /**
   * Optional: deleteSetDigestOfDoc(doc) (docDigest.ts). Without it, deletions
   * made while offline that inserted nothing are not noticed by the channel
   * (live WebsocketProviders still exchange them).
   */
  getDeleteSetDigest?(name: string): Uint8Array | Promise<Uint8Array>;
  /** Y.encodeStateAsUpdate(doc, stateVector); null when the doc is unknown. */
  getUpdate(name: string, stateVector: Uint8Array): Uint8Array | null | Promise<Uint8Array | null>;
  /** Apply a remote update, creating the doc if the device does not have it. Do not echo it back. */
  applyUpdate(name: string, update: Uint8Array): void | Promise<void>;
}

export type CatchupStatus = 'idle' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'error';

export interface CatchupClientOptions {
  /** Relay base URL, e.g. ws://127.0.0.1:4455 (no trailing slash needed). */
  serverUrl: string;
  workspaceId: string;
  token: string;
  source: CatchupDocSource;
  WebSocket: WebSocketConstructorLike;
  /** Connect in the constructor (default true). */
  connect?: boolean;
  /** Reconnect after non-permanent closes (default true), with exponential backoff. */
  reconnect?: boolean;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Docs per STATES message (default 1000). */
  statesBatchDocs?: number;
  /** Approximate bytes per UPDATES message this client sends (default 1 MiB). */
  updatesBatchBytes?: number;
}

export interface CatchupClientEvents {
  status: (status: CatchupStatus) => void;
  /** The initial exchange finished and every update this client sent is acknowledged. */
  synced: () => void;
  /** Remote updates were applied to these docs. */
  'remote-update': (names: string[]) => void;
  /** The relay refused the connection for good (4400-4499). */
  closed: (event: { code: number; reason: string; message: string }) => void;
  error: (error: Error) => void;
}

const EMPTY_UPDATE_MAX = 2; // Y.encodeStateAsUpdate of nothing new is [0, 0]

export class CatchupClient extends ObservableV2<CatchupClientEvents> {
  readonly options: Required<Omit<CatchupClientOptions, 'source' | 'WebSocket'>> & Pick<CatchupClientOptions, 'source' | 'WebSocket'>;
  status: CatchupStatus = 'idle';
  /** The last permanent close or error, for the status element. */
  lastError: string | null = null;
  /** Counters for diagnostics and benchmarks. */
  readonly stats = { bytesSent: 0, bytesReceived: 0, messagesSent: 0, messagesReceived: 0, updatesApplied: 0 };

  private ws: WebSocketLike | null = null;
  private shouldConnect = false;
  private failures = 0;
  private reconnectTimer: TimerHandle | null = null;
  private inbox: Promise<void> = Promise.resolve();
  private serverSynced = false;
  private nextSeq = 1;
  private readonly pendingAcks = new Set<number>();
  private outbox: DocUpdateEntry[] = [];
  private outboxTimer: TimerHandle | null = null;
  private syncedWaiters: (() => void)[] = [];
  private ackWaiters: (() => void)[] = [];

  constructor(options: CatchupClientOptions) {
    super();
    this.options = {
      connect: true,
      reconnect: true,
      minBackoffMs: 100,
      maxBackoffMs: 5000,
      statesBatchDocs: 1000,
      updatesBatchBytes: 1 << 20,
      ...options,
      serverUrl: options.serverUrl.replace(/\/+$/, ''),
    };
    if (this.options.connect) this.connect();
  }

  get url(): string {
    return `${this.options.serverUrl}/${catchupRoomName(this.options.workspaceId)}?token=${encodeURIComponent(this.options.token)}`;
  }

  get connected(): boolean {
    return this.ws !== null && this.ws.readyState === 1;
  }

  /** Number of update batches sent and not yet acknowledged by the relay. */
  get unacknowledged(): number {
    return this.pendingAcks.size + (this.outbox.length > 0 ? 1 : 0);
  }

  connect(): void {
    this.shouldConnect = true;
    if (this.ws === null && this.reconnectTimer === null) this.open();
  }

  disconnect(): void {
    this.shouldConnect = false;
    if (this.reconnectTimer !== null) clearTimer(this.reconnectTimer);
    this.reconnectTimer = null;
    const ws = this.ws;
    if (ws !== null) {
      this.detach(ws);
      ws.close(1000, 'client disconnect');
      this.afterClose();
    }
    this.setStatus(this.status === 'error' ? 'error' : 'offline');
  }

  override destroy(): void {
    this.disconnect();
    super.destroy();
  }

  /** Resolves when the initial exchange is done and everything sent is acknowledged. */
  whenSynced(): Promise<void> {
    if (this.status === 'synced') return Promise.resolve();
    return new Promise((resolve) => this.syncedWaiters.push(resolve));
  }

  /** Resolves once every update handed to sendUpdate so far is written by the relay. */
  whenAcknowledged(): Promise<void> {
    if (this.unacknowledged === 0) return Promise.resolve();
    return new Promise((resolve) => this.ackWaiters.push(resolve));
  }

  /**
   * Pushes a local change of a doc to the relay (batched). While offline it is
   * dropped: the state-vector exchange on the next connect carries it.
   */
  sendUpdate(name: string, update: Uint8Array): void {
    if (!this.connected || update.length <= EMPTY_UPDATE_MAX) return;
    this.outbox.push({ name, update });
    if (this.status === 'synced') this.setStatus('syncing');
    if (this.outboxTimer === null) this.outboxTimer = setTimer(() => this.flushOutbox(), 0);
  }

  private setStatus(status: CatchupStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.emit('status', [status]);
    if (status === 'synced') {
      const waiters = this.syncedWaiters;
      this.syncedWaiters = [];
      waiters.forEach((w) => w());
      this.emit('synced', []);
    }
  }

  private open(): void {
    if (!this.shouldConnect) return;
    this.setStatus('connecting');
    const ws = new this.options.WebSocket(this.url);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    this.serverSynced = false;
    ws.onopen = () => {
      if (this.ws !== ws) return;
      this.setStatus('syncing');
      this.enqueue(() => this.sendStates());
    };
    ws.onmessage = (event: { data: unknown }) => {
      if (this.ws !== ws) return;
      const data = toBytes(event.data);
      if (data === null) return;
      this.stats.bytesReceived += data.length;
      this.stats.messagesReceived++;
      let msg: CatchupMessage;
      try {
        msg = decodeCatchupMessage(data);
      } catch (err) {
        this.emit('error', [err instanceof Error ? err : new Error(String(err))]);
        ws.close(CloseCode.malformed, 'malformed message from relay');
        return;
      }
      this.enqueue(() => this.handle(msg));
    };
    ws.onerror = () => {
      /* the close event follows and carries the code */
    };
    ws.onclose = (event: { code: number; reason: string }) => {
      if (this.ws !== ws) return;
      this.detach(ws);
      this.afterClose();
      if (isPermanentCloseCode(event.code)) {
        this.shouldConnect = false;
        this.lastError = describeClose(event.code, event.reason);
        this.setStatus('error');
        this.emit('closed', [{ code: event.code, reason: event.reason, message: this.lastError }]);
        return;
      }
      this.setStatus('offline');
      this.failures++;
      if (this.shouldConnect && this.options.reconnect) {
        const delay = Math.min(this.options.minBackoffMs * 2 ** (this.failures - 1), this.options.maxBackoffMs);
        this.reconnectTimer = setTimer(() => {
          this.reconnectTimer = null;
          this.open();
        }, delay);
      }
    };
  }

  private detach(ws: WebSocketLike): void {
    ws.onopen = null;
    ws.onmessage = null;
    ws.onclose = null;
    ws.onerror = () => {};
  }

  private afterClose(): void {
    this.ws = null;
    this.serverSynced = false;
    this.pendingAcks.clear();
    this.outbox = [];
    if (this.outboxTimer !== null) clearTimer(this.outboxTimer);
    this.outboxTimer = null;
    this.inbox = Promise.resolve();
    // Nothing is "acknowledged" any more; the next exchange resends by state vector.
    const waiters = this.ackWaiters;
    this.ackWaiters = [];
    waiters.forEach((w) => w());
  }

  /** Messages are handled one after another, as the source may be async. */
  private enqueue(task: () => Promise<void> | void): void {
    const ws = this.ws;
    this.inbox = this.inbox
      .then(() => (this.ws === ws ? task() : undefined))
      .catch((err: unknown) => {
        this.emit('error', [err instanceof Error ? err : new Error(String(err))]);
        if (this.ws === ws && ws !== null) ws.close(CloseCode.malformed, 'catch-up client failed');
      });
  }

  private send(msg: CatchupMessage): void {
    const ws = this.ws;
    if (ws === null || ws.readyState !== 1) return;
    const bytes = encodeCatchupMessage(msg);
    this.stats.bytesSent += bytes.length;
    this.stats.messagesSent++;
    ws.send(bytes);
  }

  private async sendStates(): Promise<void> {
    const { source } = this.options;
    const names = [...(await source.listDocs())];
    const batch = this.options.statesBatchDocs;
    if (names.length === 0) {
      this.send({ type: 'states', last: true, entries: [] });
      return;
    }
    for (let i = 0; i < names.length; i += batch) {
      const slice = names.slice(i, i + batch);
      const entries: DocStateEntry[] = [];
      for (const name of slice) {
        const stateVector = await source.getStateVector(name);
        const digest = source.getDeleteSetDigest ? await source.getDeleteSetDigest(name) : new Uint8Array(0);
        entries.push({ name, stateVector, digest });
      }
      this.send({ type: 'states', last: i + batch >= names.length, entries });
    }
  }

  private async handle(msg: CatchupMessage): Promise<void> {
    switch (msg.type) {
      case 'updates': {
        const names: string[] = [];
        for (const e of msg.entries) {
          await this.options.source.applyUpdate(e.name, e.update);
          this.stats.updatesApplied++;
          names.push(e.name);
        }
        if (names.length > 0) this.emit('remote-update', [names]);
        break;
      }
      case 'request': {
        const out: DocUpdateEntry[] = [];
        for (const e of msg.entries) {
          const update = await this.options.source.getUpdate(e.name, e.stateVector);
          if (update !== null && update.length > EMPTY_UPDATE_MAX) out.push({ name: e.name, update });
        }
        this.sendUpdateEntries(out);
        break;
      }
      case 'synced':
        this.serverSynced = true;
        this.maybeSynced();
        break;
      case 'ack':
        this.pendingAcks.delete(msg.seq);
        this.maybeSynced();
        break;
      case 'error':
        this.lastError = msg.message;
        break;
      case 'states':
        throw new CatchupProtocolError('unexpected STATES from relay');
    }
  }

  private sendUpdateEntries(entries: DocUpdateEntry[]): void {
    const batches = batchEntries(entries, (e) => e.update.length + e.name.length + 8, this.options.updatesBatchBytes, 5000);
    for (const b of batches) {
      const seq = this.nextSeq++;
      this.pendingAcks.add(seq);
      this.send({ type: 'updates', seq, entries: b });
    }
  }

  private flushOutbox(): void {
    this.outboxTimer = null;
    const entries = this.outbox;
    this.outbox = [];
    if (entries.length > 0) this.sendUpdateEntries(entries);
    this.maybeSynced();
  }

  private maybeSynced(): void {
    if (this.unacknowledged === 0) {
      const waiters = this.ackWaiters;
      this.ackWaiters = [];
      waiters.forEach((w) => w());
      if (this.serverSynced) this.setStatus('synced');
    }
  }
}

function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
}

/**
 * A doc source over a map of live Y.Docs (tests, benchmarks, and a simple
 * in-memory store). Remote updates are applied with `origin`, so an update
 * listener can skip them instead of echoing them back.
 */
export function yDocSource(docs: Map<string, Y.Doc>, origin: unknown = 'catchup'): CatchupDocSource {
  const get = (name: string): Y.Doc => {
    let doc = docs.get(name);
    if (doc === undefined) {
      doc = new Y.Doc();
      docs.set(name, doc);
    }
    return doc;
  };
  return {
    listDocs: () => docs.keys(),
    getStateVector: (name) => Y.encodeStateVector(get(name)),
    getDeleteSetDigest: (name) => deleteSetDigestOfDoc(get(name)),
    getUpdate: (name, sv) => {
      const doc = docs.get(name);
      return doc === undefined ? null : Y.encodeStateAsUpdate(doc, sv);
    },
    applyUpdate: (name, update) => Y.applyUpdate(get(name), update, origin),
  };
}
