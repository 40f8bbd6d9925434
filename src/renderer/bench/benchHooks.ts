import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { DocStore } from '../store/docStore';
import { MetaStore } from '../store/metaStore';
import { createWorkspace } from '../workspace/workspaces';
import { benchRegistry } from './registry';

/**
 * Hooks for `npm run bench`, compiled only into `--mode bench` builds: seeding
 * a large workspace, the y-indexeddb baseline, and timings that need the app's
 * internals (keystroke to Yjs update to IndexedDB).
 */

/** Seed format: u32 count, then per doc: u16 name length, name (UTF-8), u32 byte length, bytes. */
function decodeSeed(buffer: ArrayBuffer): [string, Uint8Array][] {
  const view = new DataView(buffer);
  const bytes = new Uint8Array(buffer);
  const decoder = new TextDecoder();
  const docs: [string, Uint8Array][] = [];
  let offset = 4;
  const count = view.getUint32(0);
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(offset);
    offset += 2;
    const name = decoder.decode(bytes.subarray(offset, offset + nameLength));
    offset += nameLength;
    const length = view.getUint32(offset);
    offset += 4;
    docs.push([name, bytes.slice(offset, offset + length)]);
    offset += length;
  }
  return docs;
}

async function fetchSeed(url: string): Promise<[string, Uint8Array][]> {
  return decodeSeed(await (await fetch(url)).arrayBuffer());
}

function session() {
  const current = benchRegistry.session;
  if (!current) throw new Error('No workspace is open');
  return current;
}

const hooks = {
  /** Creates a workspace from the seed file and makes it the one that opens next. */
  async seedWorkspace(url: string, name: string): Promise<{ docs: number; ms: number }> {
    const docs = await fetchSeed(url);
    const t0 = performance.now();
    const meta = await MetaStore.open();
    const workspace = await createWorkspace(meta, name);
    const store = await DocStore.open(workspace.id);
    await store.putSnapshots(docs);
    await store.close();
    await meta.touchWorkspace(workspace.id);
    return { docs: docs.length, ms: performance.now() - t0 };
  },

  /** The baseline layout: one y-indexeddb database per doc. */
  async seedYIndexeddb(url: string, prefix: string): Promise<{ docs: number }> {
    const docs = await fetchSeed(url);
    for (let i = 0; i < docs.length; i += 50) {
      await Promise.all(
        docs.slice(i, i + 50).map(async ([name, update]) => {
          const doc = new Y.Doc();
          Y.applyUpdate(doc, update);
          const persistence = new IndexeddbPersistence(`${prefix}${name}`, doc);
          await persistence.whenSynced;
          await persistence.destroy();
          doc.destroy();
        }),
      );
    }
    return { docs: docs.length };
  },

  /** Opens every doc through y-indexeddb, as an app on that layout would to have every notebook. */
  async openAllYIndexeddb(url: string, prefix: string): Promise<{ ms: number; docs: number }> {
    const names = (await fetchSeed(url)).map(([name]) => name);
    const t0 = performance.now();
    const opened = await Promise.all(
      names.map(async (name) => {
        const doc = new Y.Doc();
        const persistence = new IndexeddbPersistence(`${prefix}${name}`, doc);
        await persistence.whenSynced;
        return { doc, persistence };
      }),
    );
    const ms = performance.now() - t0;
    for (const { doc, persistence } of opened) {
      await persistence.destroy();
      doc.destroy();
    }
    return { ms, docs: names.length };
  },

  /** Waits until derived data (digests, search index) has caught up with every stored doc. */
  async settleDerived(): Promise<void> {
    await session().derived.settle();
  },

  /** Loads the search index (as the first search does) and times it. */
  async loadSearch(): Promise<{ ms: number }> {
    const t0 = performance.now();
    await session().derived.ensureSearch();
    return { ms: performance.now() - t0 };
  },

  /** Page load milestones of the current load. */
  marks(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('mark')) out[entry.name] = entry.startTime;
    return out;
  },

  /** Every notebook on this device, read from the store (bytes) and then loaded into Y.Docs. */
  async readAll(): Promise<{ readMs: number; loadMs: number; docs: number }> {
    const t0 = performance.now();
    const all = await session().store.readAll();
    const t1 = performance.now();
    for (const update of all.values()) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      doc.destroy();
    }
    return { readMs: t1 - t0, loadMs: performance.now() - t0, docs: all.size };
  },

  /**
   * Navigates to a customer and resolves when the notebook is editable: the
   * contenteditable holds `minBlocks` blocks (`ms`), and when the frame that shows
   * it has been painted (`paintedMs`: layout and paint of the page included).
   * `loadFirst`: load the doc from the store first (as a hover on its link does)
   * and report that time apart (`loadMs`); the times are then from navigation on.
   */
  async openCustomer(id: string, minBlocks: number, loadFirst = false): Promise<{ ms: number; paintedMs: number; blocks: number; loadMs?: number; phases: Record<string, number> }> {
    let loadMs: number | undefined;
    if (loadFirst) {
      const tLoad = performance.now();
      const handle = session().openCustomer(id);
      await handle.ready;
      loadMs = performance.now() - tLoad;
      handle.release();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    // Phases of this open (ms from t0), for telling a slow read from a slow render.
    const store = session().store;
    const phases: Record<string, number> = {};
    const attach = store.attach.bind(store);
    store.attach = async (name, doc) => {
      phases.readStart ??= performance.now() - t0;
      const result = await attach(name, doc);
      phases.applied ??= performance.now() - t0;
      return result;
    };
    const onHash = () => (phases.hashchange = performance.now() - t0);
    window.addEventListener('hashchange', onHash, { once: true });
    const t0 = performance.now();
    window.location.hash = `#/customers/${id}`;
    const editable = await new Promise<{ ms: number; blocks: number }>((resolve) => {
      const found = () => {
        const editor = document.querySelector('[aria-label="Notebook"][contenteditable="true"]');
        const blocks = editor?.children.length ?? 0;
        if (editor) phases.editorMounted ??= performance.now() - t0;
        return editor && blocks >= minBlocks ? { ms: performance.now() - t0, blocks } : null;
      };
      const observer = new MutationObserver(() => {
        const result = found();
        if (result) {
          observer.disconnect();
          resolve(result);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      const check = () => {
        const result = found();
        if (result) {
          observer.disconnect();
          resolve(result);
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    store.attach = attach;
    window.removeEventListener('hashchange', onHash);
    for (const mark of performance.getEntriesByType('mark')) {
      if (!mark.name.startsWith('rapport:open:')) continue;
      if (mark.startTime >= t0) phases[mark.name.slice('rapport:open:'.length)] ??= mark.startTime - t0;
      performance.clearMarks(mark.name);
    }
    // A task queued from the next animation frame runs after that frame's layout and paint.
    const paintedMs = await new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)));
    return { ...editable, paintedMs, loadMs, phases };
  },

  /**
   * Starts recording, for each keydown, when the customer doc received the
   * resulting update and when that update was committed to IndexedDB.
   */
  recordTyping(id: string): void {
    const s = session();
    const { doc, release } = s.openCustomer(id);
    const keys: number[] = [];
    const updates: number[] = [];
    const persisted: number[] = [];
    const onKey = (e: KeyboardEvent) => keys.push(e.timeStamp);
    const onUpdate = () => updates.push(performance.now());
    document.addEventListener('keydown', onKey, true);
    doc.on('update', onUpdate);
    const off = s.store.onPersisted((docs) => docs.has(`c:${id}`) && persisted.push(performance.now()));
    (window as unknown as { __typing: unknown }).__typing = {
      stop: () => {
        document.removeEventListener('keydown', onKey, true);
        doc.off('update', onUpdate);
        off();
        release();
        const toUpdate: number[] = [];
        const toDisk: number[] = [];
        for (const key of keys) {
          const u = updates.find((t) => t >= key);
          const p = persisted.find((t) => t >= key);
          if (u !== undefined) toUpdate.push(u - key);
          if (p !== undefined) toDisk.push(p - key);
        }
        return { keys: keys.length, toUpdate, toDisk };
      },
    };
  },
};

(window as unknown as { __rapportBench: typeof hooks }).__rapportBench = hooks;
