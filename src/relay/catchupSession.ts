import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { DocManager } from './docManager';
import {
  batchEntries,
  compareStateVectors,
  decodeCatchupMessage,
  encodeCatchupMessage,
  stateVectorMap,
  type CatchupMessage,
  type DocRequestEntry,
  type DocStateEntry,
  type DocUpdateEntry,
} from '../shared/sync/catchupProtocol';
import { equalBytes } from '../shared/sync/docDigest';
import { CloseCode } from '../shared/sync/closeCodes';
import { errorFields, type Logger } from './logger';

const UPDATES_BATCH_BYTES = 1 << 20;
const UPDATES_BATCH_ENTRIES = 5000;
/** Docs handled between two yields to the event loop, so live traffic is not starved. */
const DOCS_PER_SLICE = 200;
const EMPTY_SV = new Uint8Array([0]);

export interface CatchupSessionOptions {
  /** Live changes are gathered this long before being pushed (ms). */
  pushDelayMs: number;
}

/**
 * Server side of the workspace catch-up channel (protocol: src/shared/sync/catchupProtocol.ts).
 * Messages from one client are handled strictly in order.
 */
export class CatchupSession {
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly seen = new Set<string>();
  private stats = { docs: 0, sent: 0, requested: 0 };
  private pushQueue = new Map<string, Uint8Array[]>();
  private pushTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ws: WebSocket,
    private readonly workspaceId: string,
    private readonly manager: DocManager,
    private readonly logger: Logger,
    private readonly opts: CatchupSessionOptions,
    private readonly onClosed: () => void,
  ) {}

  start(): void {
    this.manager.addListener(this.workspaceId, this.onDocUpdate);
  }

  private readonly onDocUpdate = (docName: string, update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.closed) return;
    let list = this.pushQueue.get(docName);
    if (list === undefined) {
      list = [];
      this.pushQueue.set(docName, list);
    }
    list.push(update);
    if (this.pushTimer === null) this.pushTimer = setTimeout(() => this.flushPushes(), this.opts.pushDelayMs);
  };

  private flushPushes(): void {
    this.pushTimer = null;
    if (this.closed) return;
    const entries: DocUpdateEntry[] = [];
    for (const [name, updates] of this.pushQueue) entries.push({ name, update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates) });
    this.pushQueue.clear();
    this.sendUpdates(entries);
  }

  handle(data: Uint8Array): void {
    if (this.closed) return;
    let msg: CatchupMessage;
    try {
      msg = decodeCatchupMessage(data);
    } catch (err) {
      this.fail(CloseCode.malformed, 'malformed catch-up message', err);
      return;
    }
    this.queue = this.queue.then(() => (this.closed ? undefined : this.process(msg))).catch((err: unknown) => this.fail(CloseCode.malformed, 'catch-up message rejected', err));
  }

  private async process(msg: CatchupMessage): Promise<void> {
    if (msg.type === 'states') return this.processStates(msg.entries, msg.last);
    if (msg.type === 'updates') {
      if (msg.seq === 0) throw new Error('client updates need a sequence number');
      return this.processUpdates(msg.entries, msg.seq);
    }
    throw new Error(`unexpected ${msg.type} message from a client`);
  }

  private async processStates(entries: DocStateEntry[], last: boolean): Promise<void> {
    const out: DocUpdateEntry[] = [];
    const requests: DocRequestEntry[] = [];
    let sliceCount = 0;
    for (const e of entries) {
      if (this.seen.has(e.name)) continue;
      this.seen.add(e.name);
      this.stats.docs++;
      const state = this.manager.docState(this.workspaceId, e.name);
      if (state === null) {
        requests.push({ name: e.name, stateVector: EMPTY_SV });
        continue;
      }
      const { aHasMore: serverHasMore, bHasMore: clientHasMore } = compareStateVectors(state.svMap, stateVectorMap(e.stateVector));
      const deletesDiffer = e.digest.length > 0 && !equalBytes(e.digest, state.digest);
      if (serverHasMore || deletesDiffer) {
        const diff = this.manager.diffFor(this.workspaceId, e.name, e.stateVector);
        if (diff !== null && diff.length > 2) out.push({ name: e.name, update: diff });
      }
      if (clientHasMore || deletesDiffer) requests.push({ name: e.name, stateVector: state.sv });
      if (++sliceCount % DOCS_PER_SLICE === 0) {
        this.sendUpdates(out.splice(0));
        await yieldToLoop();
        if (this.closed) return;
      }
    }
    if (last) {
      for (const name of this.manager.listDocs(this.workspaceId)) {
        if (this.seen.has(name)) continue;
        this.seen.add(name);
        const full = this.manager.diffFor(this.workspaceId, name, EMPTY_SV);
        if (full !== null && full.length > 2) out.push({ name, update: full });
        if (++sliceCount % DOCS_PER_SLICE === 0) {
          this.sendUpdates(out.splice(0));
          await yieldToLoop();
          if (this.closed) return;
        }
      }
    }
    this.sendUpdates(out);
    if (requests.length > 0) {
      this.stats.requested += requests.length;
      for (const b of batchEntries(requests, (r) => r.name.length + r.stateVector.length + 4, UPDATES_BATCH_BYTES, UPDATES_BATCH_ENTRIES)) {
        this.send({ type: 'request', entries: b });
      }
    }
    if (last) {
      this.send({ type: 'synced', ...this.stats });
      this.logger.info('catchup.synced', { workspaceId: this.workspaceId, ...this.stats });
    }
  }

  private async processUpdates(entries: DocUpdateEntry[], seq: number): Promise<void> {
    const touched = new Set<ReturnType<DocManager['get']>>();
    for (const e of entries) {
      const rd = this.manager.get(this.workspaceId, e.name);
      touched.add(rd);
      Y.applyUpdate(rd.doc, e.update, this);
    }
    // Written before the ACK: an acknowledged update survives a crash of the relay.
    for (const rd of touched) {
      this.manager.flushDoc(rd);
      this.manager.scheduleIdle(rd);
    }
    this.send({ type: 'ack', seq });
  }

  private sendUpdates(entries: DocUpdateEntry[]): void {
    if (entries.length === 0) return;
    this.stats.sent += entries.length;
    for (const b of batchEntries(entries, (e) => e.update.length + e.name.length + 8, UPDATES_BATCH_BYTES, UPDATES_BATCH_ENTRIES)) {
      this.send({ type: 'updates', seq: 0, entries: b });
    }
  }

  private send(msg: CatchupMessage): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(encodeCatchupMessage(msg), { binary: true });
  }

  private fail(code: number, reason: string, err: unknown): void {
    if (this.closed) return;
    this.logger.warn('catchup.rejected', { workspaceId: this.workspaceId, reason, ...errorFields(err) });
    this.send({ type: 'error', code, message: reason });
    this.close(code, reason);
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

  detach(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.pushTimer !== null) clearTimeout(this.pushTimer);
    this.pushQueue.clear();
    this.manager.removeListener(this.workspaceId, this.onDocUpdate);
    this.onClosed();
  }
}

function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
