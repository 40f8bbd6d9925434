import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDB } from 'idb';
import { DocStore } from '../store/docStore';
import { workspaceDbName } from '../store/schema';
import { writeJournal } from '../store/unloadJournal';
import { tabChannelName, TAB_PROTOCOL_VERSION, type TabMessage } from '../../shared/sync/tabProtocol';
import { broadcastTransport, TabSync, type TabProblem } from './tabSync';
import { DerivedData } from '../workspace/derived';
import { CardIndex } from '../../shared/model/cardIndex';
import { addCustomerCard } from '../../shared/model/workspaceDoc';
import { putFollowUp } from '../../shared/model/customerDoc';

/*
 * Two (or three) "tabs" in one page: each TabSync has its own real
 * BroadcastChannel of the workspace's name, and BroadcastChannel delivers to
 * every other channel object of that name, in this page and others alike. The
 * stores are real IndexedDB connections to one database, as two tabs have.
 */

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function workspace(): string {
  return `tabs-${crypto.randomUUID()}`;
}

function tab(workspaceId: string, options: { onPersistedElsewhere?: (docs: string[]) => void; onPeerGone?: () => void } = {}) {
  const problems: TabProblem[] = [];
  const sync = new TabSync({ transport: broadcastTransport(workspaceId)!, report: (p) => problems.push(p), ...options });
  cleanups.push(() => sync.close());
  return { sync, problems };
}

/** Every message on the workspace's channel, as a bystander tab sees it. */
function listen(workspaceId: string) {
  const seen: TabMessage[] = [];
  const channel = new BroadcastChannel(tabChannelName(workspaceId));
  channel.onmessage = (event: MessageEvent<TabMessage>) => seen.push(event.data);
  cleanups.push(() => channel.close());
  return { seen, post: (data: unknown) => channel.postMessage(data) };
}

async function store(workspaceId: string): Promise<DocStore> {
  const opened = await DocStore.open(workspaceId);
  cleanups.push(() => opened.close());
  return opened;
}

async function updateRecords(workspaceId: string, doc: string): Promise<number> {
  const db = await openDB(workspaceDbName(workspaceId));
  const n = await db.countFromIndex('updates', 'byDoc', doc);
  db.close();
  return n;
}

describe('TabSync (real BroadcastChannel and IndexedDB in Chromium)', () => {
  it('keeps two tabs holding a doc in step, both ways, concurrent edits included', async () => {
    const ws = workspace();
    const a = tab(ws);
    const b = tab(ws);
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    a.sync.hold('workspace', docA);
    b.sync.hold('workspace', docB);

    docA.getMap('customers').set('x', { name: 'Ada' });
    await expect.poll(() => docB.getMap('customers').get('x')).toEqual({ name: 'Ada' });
    docB.getMap('customers').set('y', { name: 'Grace' });
    await expect.poll(() => docA.getMap('customers').get('y')).toEqual({ name: 'Grace' });

    // Concurrent: both type before either hears of the other.
    docA.getText('t').insert(0, 'from A ');
    docB.getText('t').insert(0, 'from B ');
    await expect.poll(() => docA.getText('t').toString() === docB.getText('t').toString() && docA.getText('t').length).toBe(14);
    expect(Y.encodeStateVector(docA)).toEqual(Y.encodeStateVector(docB));
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('does not post back what came from another tab (no echo) and only to tabs that hold the doc', async () => {
    const ws = workspace();
    const wire = listen(ws);
    const a = tab(ws);
    const b = tab(ws);
    const other = tab(ws);
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    a.sync.hold('c:one', docA);
    b.sync.hold('c:one', docB);
    const unrelated = new Y.Doc();
    other.sync.hold('c:two', unrelated);

    docA.getText('t').insert(0, 'hello');
    await expect.poll(() => docB.getText('t').toString()).toBe('hello');
    // B posts its own edit after it handled A's: an echo of A's would be on the wire before it.
    docB.getText('t').insert(5, '!');
    await expect.poll(() => wire.seen.filter((m) => m.type === 'update').length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => docA.getText('t').toString()).toBe('hello!');
    const updates = wire.seen.filter((m) => m.type === 'update');
    expect(updates.map((m) => m.from)).toEqual([a.sync.id, b.sync.id]);
    expect(updates.every((m) => m.type === 'update' && m.doc === 'c:one')).toBe(true);
    // A tab that does not hold the doc leaves it alone.
    expect(unrelated.getText('t').toString()).toBe('');
  });

  it("applies another tab's edits with an origin the receiver's undo does not track", async () => {
    const ws = workspace();
    const a = tab(ws);
    const b = tab(ws);
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    a.sync.hold('c:one', docA);
    b.sync.hold('c:one', docB);
    // The default UndoManager tracks local (null-origin) transactions, as an editor's does its own origin.
    const undoB = new Y.UndoManager(docB.getText('t'), { captureTimeout: 0 });

    docB.getText('t').insert(0, 'mine ');
    await expect.poll(() => docA.getText('t').toString()).toBe('mine ');
    docA.getText('t').insert(5, 'theirs');
    await expect.poll(() => docB.getText('t').toString()).toBe('mine theirs');

    undoB.undo();
    expect(docB.getText('t').toString()).toBe('theirs');
    expect(undoB.canUndo()).toBe(false);
    await expect.poll(() => docA.getText('t').toString()).toBe('theirs');
  });

  it("stores each update once: the tab it was made in writes it, the other tab only applies it", async () => {
    const ws = workspace();
    const storeA = await store(ws);
    const storeB = await store(ws);
    const a = tab(ws);
    const b = tab(ws);
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    await storeA.attach('c:one', docA);
    await storeB.attach('c:one', docB);
    a.sync.hold('c:one', docA);
    b.sync.hold('c:one', docB);

    docA.getText('t').insert(0, 'typed in A');
    await expect.poll(() => docB.getText('t').toString()).toBe('typed in A');
    await storeA.flush();
    await storeB.flush();
    expect(await updateRecords(ws, 'c:one')).toBe(1);

    // B compacts what it holds, A's update included, without deleting A's record.
    await storeB.compactAll();
    expect(await updateRecords(ws, 'c:one')).toBe(1);
    const fresh = await store(ws);
    const reopened = new Y.Doc();
    await fresh.attach('c:one', reopened);
    expect(reopened.getText('t').toString()).toBe('typed in A');
  });

  it('a tab that opens a doc late gets what its store read missed, and gives what the others missed', async () => {
    const ws = workspace();
    const storeA = await store(ws);
    const storeC = await store(ws);
    const a = tab(ws);
    const c = tab(ws);
    const docA = new Y.Doc();
    await storeA.attach('workspace', docA);
    a.sync.hold('workspace', docA);
    docA.getMap('customers').set('early', 1);
    await storeA.flush();

    // C reads the store now, then A writes more before C listens (it is not holding the doc yet).
    const stale = await storeC.read('workspace');
    docA.getMap('customers').set('late', 2);
    // Something only the store has, which A never saw (a journal another page left, say).
    const elsewhere = new Y.Doc();
    elsewhere.getMap('customers').set('stored only', 3);
    await storeC.appendUpdate('workspace', Y.encodeStateAsUpdate(elsewhere));
    stale.parts.push(Y.encodeStateAsUpdate(elsewhere));

    const docC = new Y.Doc();
    storeC.attachRead('workspace', docC, stale);
    expect(docC.getMap('customers').get('late')).toBeUndefined();
    c.sync.hold('workspace', docC);

    await expect.poll(() => docC.getMap('customers').get('late')).toBe(2);
    await expect.poll(() => docA.getMap('customers').get('stored only')).toBe(3);
    expect(docC.getMap('customers').get('early')).toBe(1);
    expect(a.problems).toEqual([]);
    expect(c.problems).toEqual([]);
  });

  it('ignores and reports malformed messages, and keeps working', async () => {
    const ws = workspace();
    const wire = listen(ws);
    const b = tab(ws);
    const docB = new Y.Doc();
    b.sync.hold('workspace', docB);
    docB.getText('t').insert(0, 'safe');

    const good = new Y.Doc();
    good.clientID = 4242;
    good.getText('t').insert(0, 'ok ');
    const valid = (update: Uint8Array, doc = 'workspace'): TabMessage => ({ v: TAB_PROTOCOL_VERSION, type: 'update', from: 'stranger', doc, update });

    wire.post('not an object');
    wire.post({ v: TAB_PROTOCOL_VERSION, type: 'update', from: 'stranger', doc: 'workspace', update: 'text, not bytes' });
    wire.post(valid(Y.encodeStateAsUpdate(good), '../../etc'));
    wire.post({ ...valid(Y.encodeStateAsUpdate(good)), v: 99 });
    wire.post({ v: TAB_PROTOCOL_VERSION, type: 'step2', from: 'stranger', doc: 'workspace', update: new Uint8Array([1]) }); // no "to"
    wire.post(valid(new Uint8Array([255, 255, 255, 1, 2, 3, 250, 7])));
    wire.post(valid(Y.encodeStateAsUpdate(good)));

    await expect.poll(() => docB.getText('t').toString()).toBe('ok safe');
    expect(b.problems.map((p) => p.kind)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'apply-failed']);
    expect(b.problems[2].detail).toContain('doc');
    expect(b.problems[5]).toMatchObject({ doc: 'workspace', from: 'stranger' });
  });

  it("recomputes a digest in a tab that does not hold the doc, even when the writing tab's pass cleared the shared dirty mark first", async () => {
    const ws = workspace();
    const storeA = await store(ws);
    const storeB = await store(ws);
    const directory = new Y.Doc();
    addCustomerCard(directory, 'abc', { name: 'Ada', company: 'Engines', owner: 'Me' });
    const cardsA = new CardIndex(directory);
    const cardsB = new CardIndex(directory);
    const derivedA = new DerivedData(storeA, cardsA, () => undefined);
    const derivedB = new DerivedData(storeB, cardsB, () => undefined);
    cleanups.push(() => derivedA.close(), () => derivedB.close());
    await derivedA.load();
    await derivedB.load();

    const a = tab(ws);
    cleanups.push(storeA.onPersisted((docs, by) => by === 'here' && a.sync.announcePersisted(docs)));
    const heard: string[] = [];
    tab(ws, { onPersistedElsewhere: (docs) => storeB.changedElsewhere(docs) });
    cleanups.push(storeB.onPersisted((docs, by) => by === 'elsewhere' && heard.push(...docs)));

    const docA = new Y.Doc();
    await storeA.attach('c:abc', docA);
    a.sync.hold('c:abc', docA);
    putFollowUp(docA, 'f1', { due: '2026-05-01', text: 'Send the drawings', assignee: 'Me', done: false });
    await storeA.flush();
    // A's own pass runs first and clears the mark its commit wrote.
    await derivedA.settle();
    expect(derivedA.digests.get('abc')?.followUps.map((f) => f.text)).toEqual(['Send the drawings']);
    expect(await storeA.readDirty()).toEqual(new Map());

    await expect.poll(() => heard).toEqual(['c:abc']);
    await derivedB.settle();
    expect(derivedB.digests.get('abc')?.followUps.map((f) => f.text)).toEqual(['Send the drawings']);
  });

  it('when a tab goes away, another stores what that tab could not commit', async () => {
    const ws = workspace();
    const storeB = await store(ws);
    const heard: string[][] = [];
    cleanups.push(storeB.onPersisted((docs) => heard.push([...docs])));
    const leaving = tab(ws);
    tab(ws, { onPeerGone: () => void storeB.adoptJournals() });

    const unsaved = new Y.Doc();
    unsaved.getText('t').insert(0, 'typed as the tab closed');
    expect(writeJournal(ws, 'page-gone', [{ doc: 'c:abc', update: Y.encodeStateAsUpdate(unsaved) }])).toBe(true);
    leaving.sync.announceGone();

    await expect.poll(() => heard).toEqual([['c:abc']]);
    expect(localStorage.getItem(`rapport-unsaved:${ws}:page-gone`)).toBeNull();
    const doc = new Y.Doc();
    await storeB.attach('c:abc', doc);
    expect(doc.getText('t').toString()).toBe('typed as the tab closed');
  });
});
