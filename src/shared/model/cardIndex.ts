import type * as Y from 'yjs';
import { stageMoveSchema, type StageEntry } from './schemas';
import type { InvalidField } from './validation';
import { customersMap, readCard, readStageMoves, stageMovesArray, type CustomerCard } from './workspaceDoc';

/**
 * A live, incrementally maintained view of every card in a workspace doc.
 * Reading 5,000 cards costs tens of milliseconds, so it is done once; after that
 * only the cards a transaction touched are read again (local edits, sync, undo).
 */
export class CardIndex {
  private byId = new Map<string, CustomerCard>();
  private moves = new Map<string, StageEntry[]>();
  private moveInvalid = new Map<string, InvalidField[]>();
  private list: CustomerCard[] | null = null;
  private listeners = new Set<(changed: ReadonlySet<string>) => void>();
  version = 0;

  private attached = false;

  /**
   * `seed`: cards cached on this device from the doc's stored state, shown while
   * the doc itself is still being decoded; `attach()` then reads the doc.
   */
  constructor(
    private readonly doc: Y.Doc,
    seed?: CustomerCard[],
  ) {
    if (seed) for (const card of seed) this.byId.set(card.id, card);
    else this.attach();
  }

  /** Reads every card from the doc and follows its changes from then on. */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    const seeded = this.byId.size > 0;
    this.byId.clear();
    this.rebuildMoves();
    customersMap(this.doc).forEach((raw, id) => this.byId.set(id, this.read(id, raw)));
    customersMap(this.doc).observe(this.onCards);
    stageMovesArray(this.doc).observe(this.onMoves);
    if (seeded) this.emit(new Set(this.byId.keys()));
  }

  destroy(): void {
    customersMap(this.doc).unobserve(this.onCards);
    stageMovesArray(this.doc).unobserve(this.onMoves);
    this.listeners.clear();
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): CustomerCard | undefined {
    return this.byId.get(id);
  }

  /** All cards (archived included), in insertion order; the same array until something changes. */
  all(): CustomerCard[] {
    if (!this.list) this.list = [...this.byId.values()];
    return this.list;
  }

  subscribe(listener: (changed: ReadonlySet<string>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private read(id: string, raw: unknown): CustomerCard {
    return readCard(id, raw, this.moves.get(id) ?? [], this.moveInvalid.get(id));
  }

  private rebuildMoves(): void {
    const { byCustomer, invalid } = readStageMoves(this.doc);
    this.moves = byCustomer;
    this.moveInvalid = invalid;
  }

  private emit(changed: Set<string>): void {
    if (changed.size === 0) return;
    this.list = null;
    this.version++;
    for (const listener of this.listeners) listener(changed);
  }

  private onCards = (event: Y.YMapEvent<unknown>): void => {
    const changed = new Set<string>();
    const map = customersMap(this.doc);
    for (const id of event.keysChanged) {
      changed.add(id);
      if (map.has(id)) this.byId.set(id, this.read(id, map.get(id)));
      else this.byId.delete(id);
    }
    this.emit(changed);
  };

  private onMoves = (event: Y.YArrayEvent<unknown>): void => {
    const changed = new Set<string>();
    let deleted = false;
    for (const part of event.changes.delta) {
      if (part.delete) deleted = true;
      for (const raw of (part.insert as unknown[] | undefined) ?? []) {
        const parsed = stageMoveSchema.safeParse(raw);
        const id = parsed.success ? parsed.data.customerId : (raw as { customerId?: unknown })?.customerId;
        if (typeof id === 'string') changed.add(id);
      }
    }
    if (deleted || changed.size > 0) {
      // Moves are few per customer: regroup them all (fast), re-read only the cards involved.
      this.rebuildMoves();
      const ids = deleted ? new Set(this.byId.keys()) : changed;
      const map = customersMap(this.doc);
      for (const id of ids) if (map.has(id)) this.byId.set(id, this.read(id, map.get(id)));
      this.emit(ids);
    }
  };
}
