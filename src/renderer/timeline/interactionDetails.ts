import type * as Y from 'yjs';
import { readInteractions } from '../../shared/model/customerDoc';
import type { Interaction } from '../../shared/model/schemas';
import type { InteractionEvent } from '../../shared/timeline/timelineEvents';

type Opener = (customerId: string) => { ready: Promise<Y.Doc>; release: () => void };

interface Entry {
  /** What the entry was loaded for (the customer's digest interactions): a new token means reload. */
  token: unknown;
  /** The customer's interactions, newest first; null when the doc could not be read. */
  items: Interaction[] | null;
}

export interface DetailRequest {
  customerId: string;
  token: unknown;
}

/** Digest interaction ids end in `#<index in newest-first order>`. */
function digestIndex(interactionId: string): number {
  const hash = interactionId.lastIndexOf('#');
  return hash < 0 ? -1 : Number(interactionId.slice(hash + 1));
}

/**
 * Interaction summaries and authors are not in the digests (they would slow every
 * start), so the workspace timeline reads them from the customer docs of the rows
 * on screen: a few docs at a time, newest request first, dropping requests for rows
 * scrolled away before they started, and keeping the last few hundred customers.
 */
export class InteractionDetailCache {
  private entries = new Map<string, Entry>();
  private queue: DetailRequest[] = [];
  private loading = new Set<string>();
  private listeners = new Set<() => void>();
  version = 0;

  constructor(
    private readonly open: Opener,
    private readonly limit = 400,
    private readonly concurrency = 4,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks for these customers' details (the rows on screen); earlier requests not yet started are dropped. */
  want(requests: readonly DetailRequest[]): void {
    this.queue = requests.filter((r) => !this.loading.has(r.customerId) && this.entries.get(r.customerId)?.token !== r.token);
    this.pump();
  }

  /**
   * The full interaction behind a digest event: undefined while loading (or when the
   * doc moved on since the digest), null when the doc could not be read.
   */
  detailOf(event: InteractionEvent): Interaction | null | undefined {
    const entry = this.entries.get(event.customerId);
    if (!entry) return undefined;
    // Recently used entries go to the back of the eviction order.
    this.entries.delete(event.customerId);
    this.entries.set(event.customerId, entry);
    if (entry.items === null) return null;
    const candidate = entry.items[digestIndex(event.interaction.id)];
    if (candidate && candidate.at === event.at && candidate.kind === event.kind) return candidate;
    // The doc changed after the digest was made: find the same interaction by time and kind.
    return entry.items.find((i) => i.at === event.at && i.kind === event.kind);
  }

  get size(): number {
    return this.entries.size;
  }

  private pump(): void {
    while (this.loading.size < this.concurrency && this.queue.length > 0) {
      const { customerId, token } = this.queue.shift() as DetailRequest;
      this.loading.add(customerId);
      const handle = this.open(customerId);
      void handle.ready
        .then(
          (doc) => readInteractions(doc).items,
          () => null,
        )
        .then((items) => {
          handle.release();
          this.loading.delete(customerId);
          this.put(customerId, { token, items });
          this.pump();
        });
    }
  }

  private put(customerId: string, entry: Entry): void {
    this.entries.delete(customerId);
    this.entries.set(customerId, entry);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
