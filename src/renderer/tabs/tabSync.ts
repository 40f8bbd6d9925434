import * as Y from 'yjs';
import { newId } from '../../shared/ids';
import { describeTabMessageError, MAX_TAB_UPDATE_BYTES, TAB_PROTOCOL_VERSION, tabChannelName, tabMessageSchema, type TabMessage } from '../../shared/sync/tabProtocol';

/**
 * Origin of updates applied from another window or tab of the workspace. The
 * store does not write them (the tab they came from did), sync does not send
 * them to the relay (that tab does), undo managers do not track them, and this
 * module does not post them again (no echo between tabs).
 */
export const TAB_ORIGIN = Symbol('rapport-tab');

/** How messages leave and reach this tab: a BroadcastChannel, or a fake in tests. */
export interface TabTransport {
  post(message: TabMessage): void;
  /** Calls `listener` with every message another context posted, unparsed; returns an unsubscribe. */
  subscribe(listener: (data: unknown) => void, onUnreadable?: () => void): () => void;
  close(): void;
}

export interface TabProblem {
  kind: 'invalid' | 'apply-failed' | 'too-large' | 'post-failed';
  doc?: string;
  from?: string;
  detail: string;
}

export interface TabSyncOptions {
  transport: TabTransport;
  /** This tab's id on the channel (random by default). */
  tabId?: string;
  /** Another tab committed updates of these docs to the store: recompute what is derived from them. */
  onPersistedElsewhere?: (docs: string[]) => void;
  /** Another tab's page went away (its uncommitted updates are in its unload journal). */
  onPeerGone?: () => void;
  /** A message that was refused or could not be applied; the tab carries on. */
  report?: (problem: TabProblem) => void;
}

interface Held {
  doc: Y.Doc;
  off: () => void;
}

/** An update that adds and deletes nothing (what a diff of an up-to-date doc encodes to). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

/**
 * Keeps the docs this tab holds in step with the other windows and tabs of the
 * workspace (DESIGN.md section 9):
 * - every update of a held doc that did not come from another tab is posted at
 *   once, with the doc's name, and applied by the tabs that hold that doc;
 * - a tab that starts holding a doc (opened from the store, maybe a moment
 *   after another tab wrote) sends its state vector, and every holder answers
 *   with what it lacks and asks for what the holder lacks: whatever fell
 *   between "read from the store" and "listening" arrives;
 * - commits to the store are announced, so tabs that do not hold a doc still
 *   recompute its digest and search entry.
 */
export class TabSync {
  readonly id: string;
  private held = new Map<string, Held>();
  private offTransport: () => void;
  private closed = false;
  private readonly report: (problem: TabProblem) => void;

  constructor(private readonly options: TabSyncOptions) {
    this.id = options.tabId ?? newId().replace(/-/g, '');
    this.report = options.report ?? ((problem) => console.warn('Rapport: a message from another tab was not applied', problem));
    this.offTransport = options.transport.subscribe(
      (data) => this.receive(data),
      () => this.report({ kind: 'invalid', detail: 'a message could not be deserialized' }),
    );
  }

  /**
   * Starts keeping `doc` in step under `name`, once its stored state is applied.
   * Returns the release (call it before the doc is destroyed).
   */
  hold(name: string, doc: Y.Doc): () => void {
    if (this.closed) return () => undefined;
    this.held.get(name)?.off();
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === TAB_ORIGIN) return;
      if (update.byteLength > MAX_TAB_UPDATE_BYTES) {
        // Other tabs get it when they next exchange state vectors (reopening the doc).
        this.report({ kind: 'too-large', doc: name, detail: `${update.byteLength} bytes not posted` });
        return;
      }
      this.post({ v: TAB_PROTOCOL_VERSION, from: this.id, type: 'update', doc: name, update });
    };
    doc.on('update', onUpdate);
    const entry: Held = { doc, off: () => doc.off('update', onUpdate) };
    this.held.set(name, entry);
    this.post({ v: TAB_PROTOCOL_VERSION, from: this.id, type: 'step1', doc: name, sv: Y.encodeStateVector(doc) });
    return () => {
      entry.off();
      if (this.held.get(name) === entry) this.held.delete(name);
    };
  }

  holds(name: string): boolean {
    return this.held.has(name);
  }

  /** Tells the other tabs that updates of these docs are committed to the store. */
  announcePersisted(docs: Iterable<string>): void {
    const list = [...docs];
    if (list.length > 0) this.post({ v: TAB_PROTOCOL_VERSION, from: this.id, type: 'persisted', docs: list });
  }

  /** Tells the other tabs that this page is going away. */
  announceGone(): void {
    this.post({ v: TAB_PROTOCOL_VERSION, from: this.id, type: 'bye' });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const entry of this.held.values()) entry.off();
    this.held.clear();
    this.offTransport();
    this.options.transport.close();
  }

  private post(message: TabMessage): void {
    if (this.closed) return;
    try {
      this.options.transport.post(message);
    } catch (error) {
      this.report({ kind: 'post-failed', doc: 'doc' in message ? message.doc : undefined, detail: String(error) });
    }
  }

  private receive(data: unknown): void {
    if (this.closed) return;
    const parsed = tabMessageSchema.safeParse(data);
    if (!parsed.success) {
      this.report({ kind: 'invalid', detail: describeTabMessageError(parsed.error) });
      return;
    }
    const message = parsed.data;
    if (message.from === this.id) return;
    switch (message.type) {
      case 'update':
        this.apply(message.doc, message.update, message.from);
        return;
      case 'step1':
        this.answer(message.doc, message.sv, message.from);
        return;
      case 'step2':
        if (message.to !== this.id) return;
        this.apply(message.doc, message.update, message.from);
        if (message.sv) this.sendMissing(message.doc, message.sv, message.from);
        return;
      case 'persisted':
        this.options.onPersistedElsewhere?.(message.docs);
        return;
      case 'bye':
        this.options.onPeerGone?.();
        return;
    }
  }

  private apply(name: string, update: Uint8Array, from: string): void {
    const held = this.held.get(name);
    if (!held) return;
    try {
      Y.applyUpdate(held.doc, update, TAB_ORIGIN);
    } catch (error) {
      this.report({ kind: 'apply-failed', doc: name, from, detail: String(error) });
    }
  }

  /** A tab started holding a doc we hold: send what it lacks, and our state so it sends what we lack. */
  private answer(name: string, sv: Uint8Array, to: string): void {
    const held = this.held.get(name);
    if (!held) return;
    try {
      const update = Y.encodeStateAsUpdate(held.doc, sv);
      this.post({ v: TAB_PROTOCOL_VERSION, from: this.id, type: 'step2', to, doc: name, update, sv: Y.encodeStateVector(held.doc) });
    } catch (error) {
      this.report({ kind: 'apply-failed', doc: name, from: to, detail: `state vector unreadable: ${String(error)}` });
    }
  }

  private sendMissing(name: string, sv: Uint8Array, to: string): void {
    const held = this.held.get(name);
    if (!held) return;
    try {
      const update = Y.encodeStateAsUpdate(held.doc, sv);
      if (!isEmptyUpdate(update)) this.post({ v: TAB_PROTOCOL_VERSION, from: this.id, type: 'step2', to, doc: name, update });
    } catch (error) {
      this.report({ kind: 'apply-failed', doc: name, from: to, detail: `state vector unreadable: ${String(error)}` });
    }
  }
}

/**
 * The workspace's BroadcastChannel (same-origin windows and tabs: the web
 * build's tabs, the desktop app's windows on app://). Null where the platform
 * has none; the app then works as one tab, as before.
 */
export function broadcastTransport(workspaceId: string): TabTransport | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(tabChannelName(workspaceId));
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener, onUnreadable) => {
      const onMessage = (event: MessageEvent) => listener(event.data);
      const onError = () => onUnreadable?.();
      channel.addEventListener('message', onMessage);
      channel.addEventListener('messageerror', onError);
      return () => {
        channel.removeEventListener('message', onMessage);
        channel.removeEventListener('messageerror', onError);
      };
    },
    close: () => channel.close(),
  };
}
