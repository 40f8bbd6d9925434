import * as Y from 'yjs';
import type { CatchupDocSource } from './catchupClient';
import { deleteSetDigestOfUpdate } from './docDigest';

interface Entry {
  updates: Uint8Array[];
  state: { sv: Uint8Array; digest: Uint8Array } | null;
}

/**
 * A catch-up doc source that keeps docs as encoded updates and never
 * instantiates a Y.Doc to receive one: a device can be complete (every
 * notebook available offline) without loading 2,000 notebooks. This is the
 * shape a local store should have (DESIGN.md section 4); the renderer's store
 * can wrap its own persistence the same way. States are cached until the doc
 * changes.
 */
export class UpdateStoreSource implements CatchupDocSource {
  private readonly docs = new Map<string, Entry>();

  listDocs(): Iterable<string> {
    return this.docs.keys();
  }

  has(name: string): boolean {
    return this.docs.has(name);
  }

  get size(): number {
    return this.docs.size;
  }

  /** The doc as one update (merged on demand). */
  encoded(name: string): Uint8Array | null {
    const e = this.docs.get(name);
    if (e === undefined) return null;
    if (e.updates.length > 1) e.updates = [Y.mergeUpdates(e.updates)];
    return e.updates[0] ?? new Uint8Array([0, 0]);
  }

  private state(name: string): { sv: Uint8Array; digest: Uint8Array } {
    const e = this.docs.get(name);
    if (e === undefined) return { sv: new Uint8Array([0]), digest: new Uint8Array(0) };
    if (e.state === null) {
      const merged = this.encoded(name)!;
      e.state = { sv: Y.encodeStateVectorFromUpdate(merged), digest: deleteSetDigestOfUpdate(merged) };
    }
    return e.state;
  }

  getStateVector(name: string): Uint8Array {
    return this.state(name).sv;
  }

  getDeleteSetDigest(name: string): Uint8Array {
    return this.state(name).digest;
  }

  getUpdate(name: string, stateVector: Uint8Array): Uint8Array | null {
    const merged = this.encoded(name);
    if (merged === null) return null;
    return stateVector.length <= 1 ? merged : Y.diffUpdate(merged, stateVector);
  }

  applyUpdate(name: string, update: Uint8Array): void {
    const e = this.docs.get(name);
    if (e === undefined) this.docs.set(name, { updates: [update], state: null });
    else {
      e.updates.push(update);
      e.state = null;
    }
  }

  /** A live Y.Doc of a stored doc (for opening a notebook). */
  load(name: string): Y.Doc {
    const doc = new Y.Doc();
    const merged = this.encoded(name);
    if (merged !== null) Y.applyUpdate(doc, merged);
    return doc;
  }
}
