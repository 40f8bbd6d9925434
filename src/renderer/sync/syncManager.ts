import type * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CatchupClient } from '../../shared/sync/catchupClient';
import { roomName } from '../../shared/sync/rooms';
import { problemFromBlockedConnection, problemFromClose, relayAddress, type SyncProblem } from './syncProblem';
import { WORKSPACE_DOC } from '../../shared/model/docIds';
import type { DocStore } from '../store/docStore';
import type { LocalUser } from '../store/metaStore';
import type { SyncConfig } from './syncConfig';
import { StoreDocSource, SYNC_ORIGIN } from './storeDocSource';
import { TAB_ORIGIN } from '../tabs/tabSync';

/** Offline and error carry the problem: explainSyncProblem (syncProblem.ts) says it in words. */
export type SyncState =
  | { kind: 'offline'; problem: SyncProblem }
  | { kind: 'syncing'; pending: number }
  | { kind: 'synced' }
  | { kind: 'error'; problem: SyncProblem };

interface Live {
  doc: Y.Doc;
  provider: WebsocketProvider;
  offUpdate: () => void;
}

/**
 * Sync for one open workspace (DESIGN.md section 5):
 * - one catch-up channel carries every doc's missing updates both ways, and
 *   acknowledges what this device sends, so "Synced" is said only when true;
 * - a WebsocketProvider per live doc (the workspace doc, open notebooks) for
 *   low-latency edits and awareness (presence and cursors).
 * Every local update of a live doc also goes through the catch-up channel,
 * whose acknowledgements drive the status.
 */
export class SyncManager {
  readonly catchup: CatchupClient;
  private live = new Map<string, Live>();
  private listeners = new Set<() => void>();
  private fatal: SyncProblem | null = null;
  /** Set when the channel closed without having connected since: the relay does not answer. */
  private unreachable = false;
  private online = typeof navigator === 'undefined' ? true : navigator.onLine;
  state: SyncState;

  constructor(
    private readonly workspaceId: string,
    private readonly config: SyncConfig,
    private user: LocalUser,
    store: DocStore,
    private readonly openDoc: (name: string) => Y.Doc | undefined,
  ) {
    this.catchup = new CatchupClient({
      serverUrl: config.relayUrl,
      workspaceId,
      token: config.token,
      source: new StoreDocSource(store, openDoc),
      WebSocket: WebSocket,
      connect: false,
    });
    this.state = { kind: 'offline', problem: { kind: 'connecting', relay: relayAddress(config.relayUrl) } };
    this.catchup.on('status', (status) => {
      if (status === 'syncing' || status === 'synced') this.unreachable = false;
      else if (status === 'offline') this.unreachable = true;
      this.refresh();
    });
    this.catchup.on('closed', (event) => {
      this.fatal = problemFromClose(event.code, event.reason, config.relayUrl);
      this.refresh();
    });
    try {
      this.catchup.connect();
    } catch {
      // `new WebSocket` throws when the browser will not open the connection at all
      // (ws:// from an https page): a problem to explain, not a crash.
      this.fatal = problemFromBlockedConnection(config.relayUrl, typeof location === 'undefined' ? '' : location.protocol);
    }
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
    this.timer = setInterval(() => this.refresh(), 500);
  }

  private timer: ReturnType<typeof setInterval>;

  private onNetwork = () => {
    this.online = navigator.onLine;
    this.refresh();
  };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts live sync (provider + awareness) for a doc that is open in the window. */
  attach(name: string, doc: Y.Doc): WebsocketProvider {
    const existing = this.live.get(name);
    if (existing) return existing.provider;
    const provider = new WebsocketProvider(this.config.relayUrl, roomName(this.workspaceId, name), doc, {
      params: { token: this.config.token },
      maxBackoffTime: 5000,
      // The workspace's tab channel (src/renderer/tabs/) keeps tabs in step, with or
      // without a relay and for docs without a provider; y-websocket's own channel
      // would apply the same updates a second time, and this tab would store them again.
      disableBc: true,
      // A connection the browser refuses to open would throw here too.
      connect: this.fatal?.kind !== 'blocked',
    });
    this.announceUser(provider);
    provider.on('status', () => this.refresh());
    provider.on('sync', () => this.refresh());
    provider.on('closed', (event) => {
      this.fatal = problemFromClose(event.code, event.reason, this.config.relayUrl);
      this.refresh();
    });
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      // Updates from the relay (provider or catch-up) are not sent back; another tab's, that tab sends.
      if (origin === provider || origin === SYNC_ORIGIN || origin === TAB_ORIGIN) return;
      this.catchup.sendUpdate(name, update);
    };
    doc.on('update', onUpdate);
    this.live.set(name, { doc, provider, offUpdate: () => doc.off('update', onUpdate) });
    this.refresh();
    return provider;
  }

  private announceUser(provider: WebsocketProvider): void {
    provider.awareness.setLocalStateField('user', { name: this.user.name, color: this.user.color, id: this.user.id });
  }

  /** A rename reaches every open doc's presence at once (peers also resolve the id through the members). */
  setUser(user: LocalUser): void {
    this.user = user;
    for (const live of this.live.values()) this.announceUser(live.provider);
  }

  detach(name: string): void {
    const live = this.live.get(name);
    if (!live) return;
    live.offUpdate();
    live.provider.destroy();
    this.live.delete(name);
    this.refresh();
  }

  provider(name: string): WebsocketProvider | undefined {
    return this.live.get(name)?.provider;
  }

  get workspaceProvider(): WebsocketProvider | undefined {
    return this.provider(WORKSPACE_DOC);
  }

  /** The honest state: synced only when the channel is synced, nothing is unacknowledged and every live doc is synced. */
  private compute(): SyncState {
    if (this.fatal) return { kind: 'error', problem: this.fatal };
    if (!this.online) return { kind: 'offline', problem: { kind: 'no-network' } };
    const relay = relayAddress(this.config.relayUrl);
    const status = this.catchup.status;
    if (status === 'offline' || status === 'idle' || status === 'connecting') {
      return { kind: 'offline', problem: { kind: this.unreachable ? 'unreachable' : 'connecting', relay } };
    }
    if (status === 'error') return { kind: 'error', problem: { kind: 'closed', relay, code: 0, reason: this.catchup.lastError ?? '' } };
    const unsyncedLive = [...this.live.values()].filter((l) => !l.provider.synced).length;
    const pending = this.catchup.unacknowledged + unsyncedLive + (status === 'syncing' ? 1 : 0);
    return pending > 0 ? { kind: 'syncing', pending } : { kind: 'synced' };
  }

  private refresh(): void {
    const next = this.compute();
    if (JSON.stringify(next) === JSON.stringify(this.state)) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  destroy(): void {
    clearInterval(this.timer);
    window.removeEventListener('online', this.onNetwork);
    window.removeEventListener('offline', this.onNetwork);
    for (const name of [...this.live.keys()]) this.detach(name);
    this.catchup.destroy();
    this.listeners.clear();
  }
}
