import * as Y from 'yjs';
import { CardIndex } from '../../shared/model/cardIndex';
import { addCustomerCard, moveToStage, setCardField, stageMovesArray } from '../../shared/model/workspaceDoc';
import type { CardField } from '../../shared/model/schemas';
import { customerDocName, WORKSPACE_DOC } from '../../shared/model/docIds';
import { whenIdle } from '../ui/whenIdle';
import { CD_ROOT } from '../../shared/model/customerDoc';
import { newId } from '../../shared/ids';
import type { Stage } from '../../shared/stages';
import { DocStore, type StoredDoc } from '../store/docStore';
import { z } from 'zod';
import { DerivedData } from './derived';
import { LEGACY_ME, MEMBER_COLORS, memberColorSchema, upsertMember } from '../../shared/model/members';
import { SyncManager } from '../sync/syncManager';
import type { SyncConfig } from '../sync/syncConfig';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import type { WorkspaceMeta } from '../store/schema';
import type { LocalUser } from '../store/metaStore';
import { broadcastTransport, TabSync } from '../tabs/tabSync';
import { startMergeFolding } from './merge/mergeFolding';

/**
 * The card list derived from the workspace doc, cached on this device with the
 * generation of the stored snapshot it was read from. Valid only while the
 * stored state is exactly that snapshot; then the list shows at once and the doc
 * is decoded right after. Derived data: never synced, and rebuilt when stale.
 */
const CARD_CACHE = 'cards-v1';
const cardCacheSchema = z.object({ generation: z.string(), cards: z.array(z.custom<CustomerCard>((v) => typeof v === 'object' && v !== null)) });

/** Origin of edits made by this user in this window (tracked by the workspace undo manager). */
export const LOCAL_ORIGIN = 'local-user';
/** Origin of this device's own member entry (not undoable: nobody undoes joining). */
const MEMBERS_ORIGIN = 'members';

interface OpenCustomer {
  doc: Y.Doc;
  ready: Promise<Y.Doc>;
  loaded: boolean;
  refs: number;
  /** A repair of a missing notebook waits for the relay's first sync (see goLive). */
  repairPending?: boolean;
  /** Stops keeping the doc in step with the workspace's other tabs. */
  releaseTab?: () => void;
}

/**
 * An open workspace: its directory doc (loaded at once, so the list shows
 * before any notebook), the live card index, and customer docs opened on demand
 * and kept while something uses them.
 */
export class WorkspaceSession {
  readonly cards: CardIndex;
  /** Figures and search index derived from customer docs, kept up to date in the background. */
  readonly derived: DerivedData;
  /** Undo for directory edits (rename, stage, archive) made in this window. */
  readonly undo: Y.UndoManager;
  private customers = new Map<string, OpenCustomer>();
  /** Live sync, when this workspace has a relay configured and enabled. */
  sync: SyncManager | null = null;
  private syncListeners = new Set<() => void>();
  private hydrated = false;
  /** Set as close() starts: idle work scheduled before it (the card cache) stands down. */
  private closing = false;
  private queued: (() => void)[] = [];
  private storageError: unknown = null;
  private errorListeners = new Set<(error: unknown) => void>();
  /** The other windows and tabs of this workspace on this device (null without BroadcastChannel). */
  readonly tabs: TabSync | null;
  private offTabs: (() => void)[] = [];

  private constructor(
    readonly meta: WorkspaceMeta,
    private localUser: LocalUser,
    readonly store: DocStore,
    readonly doc: Y.Doc,
    private stored: StoredDoc | null,
    cachedCards: CustomerCard[] | undefined,
  ) {
    this.cards = new CardIndex(doc, cachedCards);
    this.hydrated = cachedCards === undefined;
    this.derived = new DerivedData(store, this.cards, (id) => {
      const open = this.customers.get(id);
      return open?.loaded ? open.doc : undefined;
    });
    this.undo = new Y.UndoManager([doc.getMap('customers'), doc.getArray('stageMoves')], {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
      captureTimeout: 300,
    });
    this.tabs = this.connectTabs();
    this.whenHydrated(() => this.joinAsMember());
    // Edits that reach a merged-away customer later (an offline device) go into the kept one.
    this.offTabs.push(startMergeFolding(this));
  }

  /** Who uses this window: their id is what every person field written here stores. */
  get user(): LocalUser {
    return this.localUser;
  }

  /**
   * Puts this device's user in the workspace's members (or refreshes their name and
   * colour there), so teammates see the name behind every id written here.
   */
  private joinAsMember(): void {
    const { name, color } = this.localUser;
    // A device user saved by an earlier version may carry any colour string.
    const safeColor = memberColorSchema.safeParse(color).success ? color : MEMBER_COLORS[0];
    upsertMember(this.doc, this.localUser.id, { name: name.trim() || LEGACY_ME, color: safeColor }, Date.now(), MEMBERS_ORIGIN);
  }

  /** A rename or a new colour: in the members map (every device shows it) and in presence. */
  setUser(user: LocalUser): void {
    this.localUser = user;
    this.whenHydrated(() => this.joinAsMember());
    this.sync?.setUser(user);
  }

  /**
   * Joins the workspace's tab channel: docs this tab holds are kept in step with
   * the other tabs'; commits announced by others refresh derived data here; a
   * tab that went away leaves its uncommitted updates to be stored at once.
   */
  private connectTabs(): TabSync | null {
    const transport = broadcastTransport(this.meta.id);
    if (!transport) return null;
    const tabs = new TabSync({
      transport,
      onPersistedElsewhere: (docs) => this.store.changedElsewhere(docs),
      onPeerGone: () => void this.store.adoptJournals().catch((error: unknown) => this.reportStorageError(error)),
    });
    this.offTabs.push(this.store.onPersisted((docs, by) => by === 'here' && tabs.announcePersisted(docs)));
    // Registered after the store's own pagehide listener, which journals what is uncommitted first.
    const onPageHide = () => tabs.announceGone();
    window.addEventListener('pagehide', onPageHide);
    this.offTabs.push(() => window.removeEventListener('pagehide', onPageHide));
    return tabs;
  }

  static async open(meta: WorkspaceMeta, user: LocalUser): Promise<WorkspaceSession> {
    // The store reports write failures to the session, which exists only once the store is open.
    const holder: { session?: WorkspaceSession } = {};
    const store = await DocStore.open(meta.id, (error) => holder.session?.reportStorageError(error));
    const doc = new Y.Doc();
    const stored = await store.read(WORKSPACE_DOC, CARD_CACHE);
    performance.mark('rapport:workspace-read');
    const cache = cardCacheSchema.safeParse(stored.cache);
    if (cache.success && stored.cleanGeneration !== null && cache.data.generation === stored.cleanGeneration) {
      // Show the cached list now; the shell calls hydrate() after the first paint.
      holder.session = new WorkspaceSession(meta, user, store, doc, stored, cache.data.cards);
      return holder.session;
    }
    store.attachRead(WORKSPACE_DOC, doc, stored);
    performance.mark('rapport:workspace-applied');
    holder.session = new WorkspaceSession(meta, user, store, doc, null, undefined);
    holder.session.tabs?.hold(WORKSPACE_DOC, doc);
    performance.mark('rapport:cards-indexed');
    holder.session.scheduleCardCache();
    holder.session.startDerived();
    return holder.session;
  }

  /** Decodes the workspace doc after a start from the card cache, then runs edits made meanwhile. */
  hydrate(): void {
    if (this.hydrated || !this.stored) return;
    this.store.attachRead(WORKSPACE_DOC, this.doc, this.stored);
    this.stored = null;
    // Asks the other tabs for whatever they wrote since the stored state was read.
    this.tabs?.hold(WORKSPACE_DOC, this.doc);
    this.cards.attach();
    this.hydrated = true;
    performance.mark('rapport:workspace-hydrated');
    this.startDerived();
    for (const run of this.queued.splice(0)) run();
  }

  private derivedStarted = false;

  /** Loads derived figures and the search index, after the list is up. */
  startDerived(): void {
    if (this.derivedStarted) return;
    this.derivedStarted = true;
    setTimeout(() => void this.derived.load().catch((error: unknown) => this.reportStorageError(error)), 0);
  }

  /** Runs `action` once the workspace doc is decoded (at once, nearly always). */
  private whenHydrated(action: () => void): void {
    if (this.hydrated) action();
    else this.queued.push(action);
  }

  /** Compacts the workspace doc and caches the card list against the new snapshot, when the browser is idle. */
  scheduleCardCache(): void {
    whenIdle(() => void this.writeCardCache(), 5000, 1000);
  }

  async writeCardCache(): Promise<void> {
    if (!this.hydrated || this.closing) return;
    const generation = await this.store.compactDoc(WORKSPACE_DOC);
    if (generation && !this.closing) {
      await this.store.setCache(CARD_CACHE, { generation, cards: this.cards.all() });
      performance.mark('rapport:card-cache-written');
    }
  }

  onStorageError(listener: (error: unknown) => void): () => void {
    this.errorListeners.add(listener);
    if (this.storageError) listener(this.storageError);
    return () => this.errorListeners.delete(listener);
  }

  private reportStorageError(error: unknown): void {
    this.storageError = error;
    for (const listener of this.errorListeners) listener(error);
  }

  /**
   * Creates a customer: its doc (with the notebook written headlessly, once) is
   * stored before the card appears, so a card never points at a missing notebook.
   */
  async createCustomer(input: { name: string; company: string }): Promise<string> {
    const id = newId().replace(/-/g, '');
    // Notebooks are written by a headless Lexical editor: its chunk is fetched on the first create, not with the list.
    const { createNotebook } = await import('../../shared/notebook/headless');
    const customer = new Y.Doc();
    createNotebook(customer, '');
    await this.store.putSnapshot(customerDocName(id), Y.encodeStateAsUpdate(customer));
    customer.destroy();
    this.whenHydrated(() => addCustomerCard(this.doc, id, { ...input, owner: this.user.id }, LOCAL_ORIGIN));
    await this.store.flush();
    return id;
  }

  setField(id: string, field: CardField, value: unknown): void {
    this.whenHydrated(() => setCardField(this.doc, id, field, value, LOCAL_ORIGIN));
  }

  setStage(id: string, stage: Stage): void {
    const at = Date.now();
    this.whenHydrated(() => moveToStage(this.doc, id, stage, this.user.id, at, LOCAL_ORIGIN));
  }

  /**
   * A stage move that can be taken back by itself: Undo removes exactly this entry of the
   * stage history, whatever else was written since (here or by a teammate), instead of
   * undoing this window's latest edit.
   */
  moveStage(id: string, stage: Stage, reason?: string): { undo: () => void } {
    const origin = { stageMove: id };
    const undo = new Y.UndoManager(stageMovesArray(this.doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    const at = Date.now();
    this.whenHydrated(() => moveToStage(this.doc, id, stage, this.user.id, at, origin, reason));
    // Offered for as long as a notification shows it; then the manager stops observing.
    const release = setTimeout(() => undo.destroy(), 10 * 60_000);
    return {
      undo: () =>
        this.whenHydrated(() => {
          clearTimeout(release);
          undo.undo();
          undo.destroy();
        }),
    };
  }

  /**
   * Starts loading a customer's doc because the user is about to open it (hover
   * or focus on a link); it stays in memory a while, so the page opens at once.
   */
  prefetchCustomer(id: string): void {
    if (this.customers.has(id) || !this.cards.get(id)) return;
    this.openCustomer(id).release();
  }

  /** A customer's doc if it is in memory and loaded (it may leave unless someone opens it). */
  loadedCustomerDoc(id: string): Y.Doc | undefined {
    const open = this.customers.get(id);
    return open?.loaded ? open.doc : undefined;
  }

  /** Opens (or shares) a customer's doc; call the returned release when done. */
  openCustomer(id: string): { doc: Y.Doc; ready: Promise<Y.Doc>; release: () => void } {
    let open = this.customers.get(id);
    if (!open) {
      const doc = new Y.Doc();
      const entry: OpenCustomer = { doc, ready: Promise.resolve(doc), loaded: false, refs: 0 };
      entry.ready = this.store.attach(customerDocName(id), doc).then(() => {
        entry.loaded = true;
        entry.releaseTab = this.tabs?.hold(customerDocName(id), doc);
        this.goLive(id, entry);
        return doc;
      });
      open = entry;
      this.customers.set(id, open);
    }
    open.refs++;
    const entry = open;
    // Opened again after a prefetch had loaded it: the doc is in use now, so it goes live.
    if (entry.loaded) this.goLive(id, entry);
    let released = false;
    return {
      doc: entry.doc,
      ready: entry.ready,
      release: () => {
        if (released) return;
        released = true;
        entry.refs--;
        // Keep the doc a moment: going back and forth between pages should not reload it.
        setTimeout(() => {
          if (entry.refs > 0 || this.customers.get(id) !== entry) return;
          this.customers.delete(id);
          this.sync?.detach(customerDocName(id));
          void entry.ready
            .then(() => {
              entry.releaseTab?.();
              return this.store.detach(customerDocName(id));
            })
            .then(() => entry.doc.destroy());
        }, 30_000);
      },
    };
  }

  /**
   * A loaded customer doc that someone holds gets live sync (its edits go out at
   * once, others' come in) and a notebook if it has none. A prefetched doc that
   * nobody holds waits: it may never be opened.
   */
  private goLive(id: string, entry: OpenCustomer): void {
    if (entry.refs === 0) return;
    const provider = this.sync?.attach(customerDocName(id), entry.doc);
    const missing = () => (entry.doc.get(CD_ROOT, Y.XmlText) as Y.XmlText).length === 0 && entry.doc.share.size <= 1 && this.cards.get(id) !== undefined;
    if (!missing() || entry.repairPending) return;
    // A customer created on another device before its notebook arrived, or a damaged
    // store: give it an empty notebook rather than an unusable editor. With a relay
    // reachable, first let the notebook arrive; two notebooks would merge into one
    // with a stray paragraph. The notebook comes from a template update, not from a
    // headless editor bound to this doc: the doc may be open in the notebook editor
    // already, and its shared types belong to that editor's binding.
    const repair = () => {
      entry.repairPending = false;
      // The template comes from the notebook code's chunk (not in the list's first load); checked again once it is here.
      void import('../../shared/notebook/templates').then(({ createEmptyNotebook }) => {
        if (missing()) createEmptyNotebook(entry.doc, 'repair');
      });
    };
    if (!provider || provider.synced || this.sync?.state.kind === 'offline') return repair();
    entry.repairPending = true;
    const timer = setTimeout(repair, 3000);
    provider.once('sync', () => {
      clearTimeout(timer);
      repair();
    });
  }

  /** Starts (or restarts) sync with a relay. */
  startSync(config: SyncConfig): void {
    this.stopSync();
    this.whenHydrated(() => {
      const sync = new SyncManager(this.meta.id, config, this.user, this.store, (name) => this.liveDoc(name));
      this.sync = sync;
      sync.attach(WORKSPACE_DOC, this.doc);
      for (const [id, open] of this.customers) if (open.loaded) this.goLive(id, open);
      for (const listener of this.syncListeners) listener();
    });
  }

  stopSync(): void {
    if (!this.sync) return;
    this.sync.destroy();
    this.sync = null;
    for (const listener of this.syncListeners) listener();
  }

  /** Called when sync starts or stops (not on every state change: subscribe to `sync` for that). */
  onSyncChange(listener: () => void): () => void {
    this.syncListeners.add(listener);
    return () => this.syncListeners.delete(listener);
  }

  /** A doc loaded in this window, by name (for sync). */
  private liveDoc(name: string): Y.Doc | undefined {
    if (name === WORKSPACE_DOC) return this.hydrated ? this.doc : undefined;
    const id = name.startsWith('c:') ? name.slice(2) : null;
    const open = id ? this.customers.get(id) : undefined;
    return open?.loaded ? open.doc : undefined;
  }

  async flush(): Promise<void> {
    await this.store.flush();
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const off of this.offTabs) off();
    this.tabs?.close();
    this.stopSync();
    this.derived.close();
    this.undo.destroy();
    this.cards.destroy();
    await this.store.close();
    for (const open of this.customers.values()) open.doc.destroy();
    this.doc.destroy();
  }
}
