import * as Y from 'yjs';
import { z } from 'zod';
import { digestCustomerDoc, isCurrentDigest, type CustomerDigest } from '../../shared/model/digest';
import { searchableCustomer } from '../../shared/search/fromDocs';
import { customerDocName, customerIdFromDocName } from '../../shared/model/docIds';
import type { CustomerSearchIndex } from '../../shared/search/searchIndex';
import type { CardIndex } from '../../shared/model/cardIndex';
import { applyStored, type DocStore } from '../store/docStore';

const SEARCH_CACHE = 'search-v1';
/** Customers changed while the search index was not loaded: indexed when it is. */
const SEARCH_PENDING = 'search-pending-v1';
const pendingSchema = z.array(z.string());

const searchKey = (card: { name: string; company: string; tags: readonly string[] }) => `${card.name}\u0000${card.company}\u0000${card.tags.join(',')}`;
const searchCacheSchema = z.object({ json: z.string() });
/** Docs handled per slice of background work, between which the UI gets the main thread back. */
const SLICE = 20;

export interface DerivedProgress {
  done: number;
  total: number;
}

/**
 * Figures and the search index derived from customer docs, kept on this device
 * (DESIGN.md section 3: computed locally, never synced). Loaded from the store
 * at start, then brought up to date in the background for every doc written
 * since (local edits, imports, updates from other devices), in small slices so
 * the UI stays responsive.
 */
export class DerivedData {
  readonly digests = new Map<string, CustomerDigest>();
  /**
   * The full-text index, loaded on first use (a search, the palette): for 5,000
   * notebooks it is tens of megabytes, which the lists and the board never need.
   */
  search: CustomerSearchIndex | null = null;
  private searchLoading: Promise<CustomerSearchIndex> | null = null;
  private searchPending = new Set<string>();
  version = 0;
  progress: DerivedProgress | null = null;
  private listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private offs: (() => void)[] = [];
  /** The searched card fields of each customer as last seen, to notice renames. */
  private searchedCard = new Map<string, string>();
  /**
   * Customer docs another tab of the workspace committed: recomputed here even
   * when their dirty mark is gone (the marks are shared by every tab, and the
   * writing tab's own pass may clear one before this tab reads it).
   */
  private changedElsewhere = new Set<string>();

  private markLoaded!: () => void;
  /** Resolves once the stored digests are read (then `settle` brings them up to date): what import matching waits for. */
  readonly loaded = new Promise<void>((resolve) => (this.markLoaded = resolve));

  constructor(
    private readonly store: DocStore,
    private readonly cards: CardIndex,
    /** A customer doc open in this window, if any: used instead of decoding the stored copy. */
    private readonly openDoc: (customerId: string) => Y.Doc | undefined,
  ) {}

  /** Loads what is stored (not the search index: see ensureSearch), then starts following changes. */
  async load(): Promise<void> {
    const [digests, pending] = await Promise.all([this.store.readDigests(), this.store.getCache(SEARCH_PENDING)]);
    // A digest of an earlier layout is rebuilt from its doc, never read as if it were current.
    const stale: string[] = [];
    for (const digest of digests) {
      if (isCurrentDigest(digest)) this.digests.set(digest.customerId, digest);
      else stale.push(digest.customerId);
    }
    if (stale.length > 0) await this.markCustomers(stale);
    const parsed = pendingSchema.safeParse(pending);
    if (parsed.success) for (const id of parsed.data) this.searchPending.add(id);
    this.markLoaded();
    this.emit();
    this.offs.push(
      this.store.onPersisted((docs, by) => {
        if (by === 'elsewhere') for (const name of docs) if (customerIdFromDocName(name)) this.changedElsewhere.add(name);
        this.schedule(300);
      }),
    );
    for (const card of this.cards.all()) this.searchedCard.set(card.id, searchKey(card));
    this.offs.push(
      this.cards.subscribe((changed) => {
        // Name, company and tags live in the workspace doc but are searched: re-index customers whose changed.
        const stale = [...changed].filter((id) => {
          const card = this.cards.get(id);
          const key = card ? searchKey(card) : null;
          if (this.searchedCard.get(id) === key) return false;
          if (key === null) this.searchedCard.delete(id);
          else this.searchedCard.set(id, key);
          return true;
        });
        if (stale.length > 0) void this.markCustomers(stale).then(() => this.schedule(300));
      }),
    );
    this.schedule(0);
  }

  /** The search index, loaded (or rebuilt) on first use, with every change since it was saved. */
  ensureSearch(): Promise<CustomerSearchIndex> {
    if (this.search) return Promise.resolve(this.search);
    this.searchLoading ??= (async () => {
      // MiniSearch and the index code: fetched on the first search, not with the list.
      const { CustomerSearchIndex: SearchIndex } = await import('../../shared/search/searchIndex');
      const cached = searchCacheSchema.safeParse(await this.store.getCache(SEARCH_CACHE));
      let index = cached.success ? SearchIndex.deserialize(cached.data.json) : null;
      if (!index) {
        // No usable saved index: build it from every customer doc.
        index = SearchIndex.create();
        for (const card of this.cards.all()) this.searchPending.add(card.id);
      }
      await this.indexPending(index);
      this.search = index;
      this.emit();
      this.persistSearchSoon();
      return index;
    })();
    return this.searchLoading;
  }

  /** Brings `index` up to date with the customers changed while it was not loaded. */
  private async indexPending(index: CustomerSearchIndex): Promise<void> {
    const ids = [...this.searchPending];
    for (let start = 0; start < ids.length && !this.closed; start += SLICE) {
      for (const id of ids.slice(start, start + SLICE)) {
        const card = this.cards.get(id);
        if (!card) {
          index.remove(id);
          continue;
        }
        const doc = await this.docFor(id);
        try {
          index.upsert(searchableCustomer(card, doc.doc));
        } finally {
          doc.done();
        }
      }
      if (ids.length > SLICE) {
        this.progress = { done: Math.min(start + SLICE, ids.length), total: ids.length };
        this.emit();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    this.searchPending.clear();
    this.progress = null;
    await this.store.setCache(SEARCH_PENDING, []);
  }

  /** A customer's doc: the open one, or a temporary copy decoded from the store. */
  private async docFor(id: string): Promise<{ doc: Y.Doc; done: () => void }> {
    const open = this.openDoc(id);
    if (open) return { doc: open, done: () => undefined };
    const { parts } = await this.store.read(customerDocName(id));
    // Its own guid: drawing a random one costs more than decoding a small doc (after an import, thousands).
    const doc = new Y.Doc({ guid: customerDocName(id) });
    applyStored(doc, parts);
    return { doc, done: () => doc.destroy() };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every doc written so far is reflected (tests, benchmarks, backups). */
  async settle(): Promise<void> {
    clearTimeout(this.timer);
    do {
      this.again = false;
      await (this.running ?? this.process());
    } while (this.again);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearTimeout(this.persistTimer);
    for (const off of this.offs) off();
    this.listeners.clear();
  }

  private emit(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private schedule(delay: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.running) this.again = true;
      else void this.process();
    }, delay);
  }

  private async markCustomers(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.store.markDirty(ids.map(customerDocName));
  }


  private process(): Promise<void> {
    const run = (async () => {
      try {
        const elsewhere = [...this.changedElsewhere];
        this.changedElsewhere.clear();
        const dirty = await this.store.readDirty();
        const names = [...new Set([...dirty.keys(), ...elsewhere])];
        if (names.length === 0) return;
        const large = names.length > SLICE;
        for (let start = 0; start < names.length && !this.closed; start += SLICE) {
          if (large) {
            this.progress = { done: start, total: names.length };
            this.emit();
          }
          await this.processSlice(names.slice(start, start + SLICE), dirty);
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        this.progress = null;
        this.emit();
        this.persistSearchSoon();
      } finally {
        this.running = null;
        if (this.again && !this.closed) {
          this.again = false;
          this.schedule(0);
        }
      }
    })();
    this.running = run;
    return run;
  }

  private async processSlice(names: string[], dirty: Map<string, string>): Promise<void> {
    const digests: CustomerDigest[] = [];
    const removed: string[] = [];
    const marks = new Map<string, string>();
    for (const name of names) {
      const id = customerIdFromDocName(name);
      const mark = dirty.get(name);
      if (!id) continue;
      // Without a mark: changed in another tab, whose mark is already cleared.
      if (mark !== undefined) marks.set(name, mark);
      const card = this.cards.get(id);
      if (!card) {
        // No card (deleted, or not arrived yet): nothing to show or find for it.
        if (this.search) this.search.remove(id);
        else this.searchPending.add(id);
        this.digests.delete(id);
        removed.push(id);
        continue;
      }
      const { doc, done } = await this.docFor(id);
      try {
        const digest = digestCustomerDoc(id, doc);
        digests.push(digest);
        this.digests.set(id, digest);
        if (this.search) this.search.upsert(searchableCustomer(card, doc));
        else this.searchPending.add(id);
      } finally {
        done();
      }
    }
    if (!this.search) await this.store.setCache(SEARCH_PENDING, [...this.searchPending]);
    await this.store.putDigests(digests, marks, removed);
    this.emit();
  }

  private persistSearchSoon(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      if (!this.closed && this.search) void this.store.setCache(SEARCH_CACHE, { json: this.search.serialize() });
    }, 2000);
  }
}
