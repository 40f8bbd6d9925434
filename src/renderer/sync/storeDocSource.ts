import * as Y from 'yjs';
import type { CatchupDocSource } from '../../shared/sync/catchupClient';
import { isValidDocName } from '../../shared/model/docIds';
import { deleteSetDigestOfDoc, deleteSetDigestOfUpdate } from '../../shared/sync/docDigest';
import type { DocStore } from '../store/docStore';

/** Origin of updates applied by sync, so they are not sent back. */
export const SYNC_ORIGIN = Symbol('rapport-sync');

/**
 * What this device holds, for the workspace catch-up channel: docs open in the
 * window answer from memory; every other doc from the store, read in one go
 * when the exchange starts. Updates for docs that are not open are appended to
 * the store in batches (one transaction per batch), so a fresh device takes in
 * thousands of docs without opening any.
 */
export class StoreDocSource implements CatchupDocSource {
  private stored: Map<string, Uint8Array> | null = null;
  private pending: { doc: string; update: Uint8Array }[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly store: DocStore,
    private readonly openDoc: (name: string) => Y.Doc | undefined,
  ) {}

  async listDocs(): Promise<Iterable<string>> {
    // A fresh read at every (re)connect: the store may have changed while offline.
    this.stored = await this.store.readAll();
    return this.stored.keys();
  }

  getStateVector(name: string): Uint8Array {
    const doc = this.openDoc(name);
    if (doc) return Y.encodeStateVector(doc);
    const update = this.stored?.get(name);
    return update ? Y.encodeStateVectorFromUpdate(update) : Y.encodeStateVector(new Y.Doc());
  }

  /** Lets the channel notice offline edits that only deleted text (they add nothing to the state vector). */
  getDeleteSetDigest(name: string): Uint8Array {
    const doc = this.openDoc(name);
    if (doc) return deleteSetDigestOfDoc(doc);
    const update = this.stored?.get(name);
    return update ? deleteSetDigestOfUpdate(update) : deleteSetDigestOfDoc(new Y.Doc());
  }

  getUpdate(name: string, stateVector: Uint8Array): Uint8Array | null {
    const doc = this.openDoc(name);
    if (doc) return Y.encodeStateAsUpdate(doc, stateVector);
    const update = this.stored?.get(name);
    return update ? Y.diffUpdate(update, stateVector) : null;
  }

  applyUpdate(name: string, update: Uint8Array): Promise<void> | void {
    // A hostile relay could name anything: only names of this app's docs are stored.
    if (!isValidDocName(name)) return;
    const doc = this.openDoc(name);
    if (doc) {
      Y.applyUpdate(doc, update, SYNC_ORIGIN);
      return;
    }
    const known = this.stored?.get(name);
    if (this.stored) this.stored.set(name, known ? Y.mergeUpdates([known, update]) : update);
    this.pending.push({ doc: name, update });
    this.flushing ??= Promise.resolve().then(() => this.flush());
    return this.flushing;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.flushing = null;
    await this.store.appendUpdates(batch);
  }
}
