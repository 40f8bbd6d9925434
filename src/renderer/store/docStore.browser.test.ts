import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDB } from 'idb';
import { applyStored, DocStore } from './docStore';
import { workspaceDbName } from './schema';

const opened: DocStore[] = [];
async function open(id: string): Promise<DocStore> {
  const store = await DocStore.open(id);
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
});

async function countUpdates(id: string): Promise<number> {
  const db = await openDB(workspaceDbName(id));
  const n = await db.count('updates');
  db.close();
  return n;
}

describe('DocStore (real IndexedDB in Chromium)', () => {
  it('persists every update of an attached doc and restores it in a new session', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const doc = new Y.Doc();
    await store.attach('workspace', doc);
    doc.getMap('customers').set('a', { name: 'Ada' });
    doc.getText('t').insert(0, 'hello');
    await store.flush();
    expect(await countUpdates(id)).toBe(2);

    const again = await open(id);
    const restored = new Y.Doc();
    await again.attach('workspace', restored);
    expect(restored.getMap('customers').get('a')).toEqual({ name: 'Ada' });
    expect(restored.getText('t').toString()).toBe('hello');
  });

  it('a cache written after the store closed (a workspace switch during an idle compaction) is skipped quietly', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const doc = new Y.Doc();
    await store.attach('workspace', doc);
    for (let i = 0; i < 20; i++) doc.getMap('customers').set(`c${i}`, { name: `C ${i}` });
    const generation = await store.compactDoc('workspace');
    expect(generation).toBeTruthy();
    // The switch closes the store between the idle compaction and its cache write.
    await store.close();
    await expect(store.setCache('cards', { generation, n: 20 })).resolves.toBeUndefined();
  });

  it('compacts many updates into one snapshot without losing any', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const doc = new Y.Doc();
    await store.attach('c:1', doc);
    const text = doc.getText('t');
    for (let i = 0; i < 450; i++) text.insert(text.length, `${i % 10}`);
    await store.flush();
    // Compaction ran at 200 and 400 updates: far fewer records than edits.
    expect(await countUpdates(id)).toBeLessThan(60);
    await store.compactAll();
    expect(await countUpdates(id)).toBe(0);
    const { parts } = await store.read('c:1');
    expect(parts).toHaveLength(1);
    const restored = new Y.Doc();
    applyStored(restored, parts);
    expect(restored.getText('t').toString()).toBe(text.toString());
  });

  it('reads a snapshot and the updates after it as parts, applied in one transaction', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'snapshot ');
    await store.putSnapshot('c:2', Y.encodeStateAsUpdate(doc));
    await store.attach('c:2', doc);
    doc.getText('t').insert(9, 'then ');
    doc.getText('t').insert(14, 'edits');
    await store.flush();
    const { parts, cleanGeneration } = await store.read('c:2');
    expect(parts).toHaveLength(3);
    expect(cleanGeneration).toBeNull();
    const restored = new Y.Doc();
    let events = 0;
    restored.on('update', () => events++);
    applyStored(restored, parts, 'test');
    expect(restored.getText('t').toString()).toBe('snapshot then edits');
    expect(events).toBe(1);
  });

  it('reads several docs in one go exactly as one read each gives them (a snapshot, updates after it, none at all)', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const a = new Y.Doc();
    a.getText('t').insert(0, 'only a snapshot');
    await store.putSnapshot('c:a', Y.encodeStateAsUpdate(a));
    const b = new Y.Doc();
    b.getText('t').insert(0, 'snapshot ');
    await store.putSnapshot('c:b', Y.encodeStateAsUpdate(b));
    await store.attach('c:b', b);
    b.getText('t').insert(9, 'and an update');
    await store.flush();
    const many = await store.readMany(['c:a', 'c:b', 'c:missing']);
    expect([...many.keys()]).toEqual(['c:a', 'c:b', 'c:missing']);
    for (const name of ['c:a', 'c:b', 'c:missing']) expect(many.get(name)).toEqual(await store.read(name));
    expect(many.get('c:b')!.parts).toHaveLength(2);
    expect(many.get('c:missing')!.parts).toEqual([]);
  });

  it('never drops updates written by another tab when it compacts', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const tabA = await open(id);
    const tabB = await open(id);
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    await tabA.attach('c:1', docA);
    await tabB.attach('c:1', docB);
    docA.getMap('m').set('fromA', 1);
    docB.getMap('m').set('fromB', 2);
    await tabA.flush();
    await tabB.flush();
    await tabB.compactAll();
    await tabA.compactAll();
    const { parts } = await tabA.read('c:1');
    const merged = new Y.Doc();
    applyStored(merged, parts);
    expect(merged.getMap('m').toJSON()).toEqual({ fromA: 1, fromB: 2 });
  });

  it('reads every doc of a workspace in one go, and lists their names', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const docs: [string, Uint8Array][] = [];
    for (let i = 0; i < 20; i++) {
      const d = new Y.Doc();
      d.getText('t').insert(0, `doc ${i}`);
      docs.push([`c:${i}`, Y.encodeStateAsUpdate(d)]);
    }
    await store.putSnapshots(docs);
    await store.appendUpdate('c:3', (() => {
      const d = new Y.Doc();
      Y.applyUpdate(d, docs[3][1]);
      const before = Y.encodeStateVector(d);
      d.getText('t').insert(0, '>');
      return Y.encodeStateAsUpdate(d, before);
    })());
    const all = await store.readAll();
    expect(all.size).toBe(20);
    const three = new Y.Doc();
    Y.applyUpdate(three, all.get('c:3')!);
    expect(three.getText('t').toString()).toBe('>doc 3');
    expect((await store.listDocNames()).sort()).toEqual(docs.map(([n]) => n).sort());
  });

  it('keeps edits IndexedDB has not committed when the page goes away, and stores them at the next open', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const doc = new Y.Doc();
    await store.attach('c:1', doc);
    doc.getText('t').insert(0, 'typed just before closing');
    // The page goes away in the same task: the update is not even in a transaction yet.
    window.dispatchEvent(new Event('pagehide'));
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(`rapport-unsaved:${id}:`));
    expect(keys).toHaveLength(1);
    await store.close();

    // Simulate the transaction having been lost: remove every stored record, keep the journal.
    const db = await openDB(workspaceDbName(id));
    await db.clear('updates');
    await db.clear('snapshots');
    db.close();

    const again = await open(id);
    const restored = new Y.Doc();
    await again.attach('c:1', restored);
    expect(restored.getText('t').toString()).toBe('typed just before closing');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`rapport-unsaved:${id}:`))).toHaveLength(0);
  });

  it('leaves an unreadable journal in place (nothing deleted unread) and still opens', async () => {
    const id = `t-${crypto.randomUUID()}`;
    localStorage.setItem(`rapport-unsaved:${id}:broken`, '{not json');
    localStorage.setItem(`rapport-unsaved:${id}:wrong-shape`, JSON.stringify([[1, 2]]));
    const store = await open(id);
    const doc = new Y.Doc();
    await store.attach('workspace', doc);
    expect(doc.share.size).toBe(0);
    expect(localStorage.getItem(`rapport-unsaved:${id}:broken`)).toBe('{not json');
    expect(localStorage.getItem(`rapport-unsaved:${id}:wrong-shape`)).not.toBeNull();
    localStorage.removeItem(`rapport-unsaved:${id}:broken`);
    localStorage.removeItem(`rapport-unsaved:${id}:wrong-shape`);
  });
});
