import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import fs from 'node:fs';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { provider, rawClose, startTestRelay, tempDir, TOKENS, waitFor, whenSynced } from '../fixtures/relay/helpers';
import { catchupClient, docText, forwardLocalEdits } from '../fixtures/relay/catchup';
import { customerDocName } from '../../src/shared/model/docIds';
import { CloseCode } from '../../src/shared/sync/closeCodes';
import { decodeCatchupMessage, encodeCatchupMessage } from '../../src/shared/sync/catchupProtocol';
import { CatchupClient } from '../../src/shared/sync/catchupClient';
import { UpdateStoreSource } from '../../src/shared/sync/updateStoreSource';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function relayIn(dir: string, extra = {}) {
  const relay = await startTestRelay(dir, extra);
  cleanups.push(() => relay.close());
  return relay;
}
function track<T extends { client: CatchupClient }>(c: T): T {
  cleanups.push(() => c.client.destroy());
  return c;
}

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  doc.getMap('m').set('n', text.length);
  return doc;
}

describe('catch-up channel', () => {
  it('uploads 2,000 docs, then a fresh device gets all 2,000 over one socket', async () => {
    const dir = tempDir();
    const relay = await relayIn(dir, { idleUnloadMs: 100 });
    const source = new Map<string, Y.Doc>();
    source.set('workspace', docWith('directory'));
    for (let i = 0; i < 1999; i++) source.set(customerDocName(`cust${i}`), docWith(`notes of customer ${i}`));
    const up = track(catchupClient(relay, 'wsA', TOKENS.wsA, source));
    await up.client.whenSynced();
    up.client.destroy();
    await waitFor(() => relay.stats().docsLoaded === 0, 'uploaded docs unloaded', 15_000);

    const fresh = track(catchupClient(relay, 'wsA', TOKENS.wsA));
    await fresh.client.whenSynced();
    expect(relay.stats().connections).toBe(1);
    expect(fresh.docs.size).toBe(2000);
    for (const [name, doc] of source) expect(docText(fresh.docs.get(name))).toBe(docText(doc));
    expect(fresh.docs.get(customerDocName('cust7'))?.getMap('m').get('n')).toBe('notes of customer 7'.length);
    // Serving the pull did not load 2,000 docs into memory.
    expect(relay.stats().docsLoaded).toBe(0);

    // Reconnect with nothing changed: nothing but state vectors and the SYNCED message travel.
    fresh.client.disconnect();
    const received = fresh.client.stats.bytesReceived;
    const applied = fresh.client.stats.updatesApplied;
    fresh.client.connect();
    await fresh.client.whenSynced();
    expect(fresh.client.stats.updatesApplied).toBe(applied);
    expect(fresh.client.stats.bytesReceived - received).toBeLessThan(32);

    // After a restart the relay answers from its states index; a doc changed behind
    // the index's back (its log grew) is re-read, not trusted.
    fresh.client.disconnect();
    await relay.close();
    const changedName = customerDocName('cust3');
    const changed = source.get(changedName)!;
    const sv = Y.encodeStateVector(changed);
    changed.getText('t').insert(0, 'appended while down: ');
    const { DocLog } = await import('../../src/relay/docLog');
    const opened = DocLog.open(path.join(dir, 'wsA', 'c.cust3.ylog'));
    opened.log.append([Y.encodeStateAsUpdate(changed, sv)]);
    opened.log.close();
    expect(fs.existsSync(path.join(dir, 'wsA', '_states.idx'))).toBe(true);
    const relay2 = await relayIn(dir, { idleUnloadMs: 100 });
    fresh.client.options.serverUrl = relay2.url;
    fresh.client.connect();
    await fresh.client.whenSynced();
    expect(docText(fresh.docs.get(changedName))).toBe('appended while down: notes of customer 3');
    expect(fresh.client.stats.updatesApplied).toBe(applied + 1);
  }, 60_000);

  it('exchanges missing updates both ways, including pure deletions and docs one side lacks', async () => {
    const relay = await relayIn(tempDir());
    // Server side state, written by a live editor.
    const live = new Y.Doc();
    const p = provider(relay, 'wsA', customerDocName('shared'), live);
    cleanups.push(() => p.destroy());
    await whenSynced(p);
    live.getText('t').insert(0, 'hello world');
    const onlyServer = new Y.Doc();
    const p2 = provider(relay, 'wsA', customerDocName('serveronly'), onlyServer);
    cleanups.push(() => p2.destroy());
    await whenSynced(p2);
    onlyServer.getText('t').insert(0, 'server only');

    // Device: got 'shared' earlier, then went offline and edited.
    const docs = new Map<string, Y.Doc>();
    const first = track(catchupClient(relay, 'wsA', TOKENS.wsA, docs));
    await first.client.whenSynced();
    first.client.destroy();
    expect(docText(docs.get(customerDocName('shared')))).toBe('hello world');
    docs.get(customerDocName('shared'))!.getText('t').insert(11, '!'); // offline insert
    docs.set(customerDocName('deviceonly'), docWith('device only')); // new doc offline
    live.getText('t').insert(0, '>> '); // meanwhile on the relay

    const second = track(catchupClient(relay, 'wsA', TOKENS.wsA, docs));
    await second.client.whenSynced();
    await waitFor(() => live.getText('t').toString() === '>> hello world!', 'device edit reached the live editor');
    expect(docText(docs.get(customerDocName('shared')))).toBe('>> hello world!');
    expect(docText(docs.get(customerDocName('serveronly')))).toBe('server only');
    second.client.destroy();

    // Pure deletion while offline: the state vector does not change, the digest does.
    docs.get(customerDocName('shared'))!.getText('t').delete(0, 3);
    const third = track(catchupClient(relay, 'wsA', TOKENS.wsA, docs));
    await third.client.whenSynced();
    await waitFor(() => live.getText('t').toString() === 'hello world!', 'offline deletion reached the relay');

    // A fresh device sees the doc created offline by the first device.
    const fresh = track(catchupClient(relay, 'wsA', TOKENS.wsA));
    await fresh.client.whenSynced();
    expect(docText(fresh.docs.get(customerDocName('deviceonly')))).toBe('device only');
    expect(docText(fresh.docs.get(customerDocName('shared')))).toBe('hello world!');
  });

  it('pushes later changes of any doc of the workspace, and forwards local changes with acknowledgements', async () => {
    const relay = await relayIn(tempDir());
    const a = track(catchupClient(relay, 'wsA', TOKENS.wsA));
    const b = track(catchupClient(relay, 'wsA', TOKENS.wsA));
    forwardLocalEdits(a.client, a.docs);
    await Promise.all([a.client.whenSynced(), b.client.whenSynced()]);
    const doc = new Y.Doc();
    a.docs.set(customerDocName('new1'), doc);
    doc.getText('t').insert(0, 'typed on A');
    await a.client.whenAcknowledged();
    await waitFor(() => docText(b.docs.get(customerDocName('new1'))) === 'typed on A', 'push to B');

    // Edits through a WebsocketProvider reach catch-up clients too.
    const live = new Y.Doc();
    const p = provider(relay, 'wsA', customerDocName('new1'), live);
    cleanups.push(() => p.destroy());
    await whenSynced(p);
    expect(live.getText('t').toString()).toBe('typed on A');
    live.getText('t').insert(0, 'live: ');
    await waitFor(() => docText(a.docs.get(customerDocName('new1'))) === 'live: typed on A', 'push to A');
    await waitFor(() => docText(b.docs.get(customerDocName('new1'))) === 'live: typed on A', 'push to B');
  });

  it('keeps workspaces apart and refuses a wrong token for good', async () => {
    const relay = await relayIn(tempDir());
    const a = track(catchupClient(relay, 'wsA', TOKENS.wsA, new Map([['workspace', docWith('A dir')]])));
    await a.client.whenSynced();
    const b = track(catchupClient(relay, 'wsB', TOKENS.wsB));
    await b.client.whenSynced();
    expect(b.docs.size).toBe(0);
    const bad = track(catchupClient(relay, 'wsA', TOKENS.wsB));
    const closed = await new Promise<{ code: number; message: string }>((resolve) => bad.client.on('closed', resolve));
    expect(closed.code).toBe(CloseCode.forbidden);
    expect(bad.client.status).toBe('error');
    expect(bad.docs.size).toBe(0);
  });

  it('closes a connection sending malformed catch-up frames with 4400 and serves others', async () => {
    const relay = await relayIn(tempDir());
    const url = `${relay.url}/wsA/_catchup?token=${TOKENS.wsA}`;
    const frames = [
      new Uint8Array([99]), // unknown type
      new Uint8Array([1, 1, 200]), // lying count
      new Uint8Array([2, 1, 1, 3, 99, 58, 120, 5, 1]), // update shorter than its length
      encodeCatchupMessage({ type: 'updates', seq: 1, entries: [{ name: 'workspace', update: new Uint8Array([1, 2, 3, 4, 5, 6]) }] }), // junk update
      encodeCatchupMessage({ type: 'ack', seq: 1 }), // server-only message
      new Uint8Array([...encodeCatchupMessage({ type: 'states', last: true, entries: [] }), 0]), // trailing byte
    ];
    for (const f of frames) {
      const res = await rawClose(url, (ws) => ws.send(f));
      expect(res.code).toBe(CloseCode.malformed);
    }
    expect(() => decodeCatchupMessage(new Uint8Array([1, 1, 1, 5, 98, 97, 100]))).toThrow();
    const ok = track(catchupClient(relay, 'wsA', TOKENS.wsA, new Map([['workspace', docWith('fine')]])));
    await ok.client.whenSynced();
    expect(ok.client.status).toBe('synced');
    // A raw well-formed exchange still works.
    const reply = await new Promise<string>((resolve) => {
      const ws = new WebSocket(url);
      ws.on('open', () => ws.send(encodeCatchupMessage({ type: 'states', last: true, entries: [] })));
      ws.on('message', (data: Buffer) => {
        const msg = decodeCatchupMessage(new Uint8Array(data));
        if (msg.type === 'synced') {
          ws.close();
          resolve(`${msg.docs}/${msg.sent}`);
        }
      });
    });
    expect(reply).toBe('0/1');
  });

  it('works with an update store that never instantiates a Y.Doc per doc', async () => {
    const relay = await relayIn(tempDir());
    const seed = new Map<string, Y.Doc>();
    for (let i = 0; i < 50; i++) seed.set(customerDocName(`s${i}`), docWith(`stored ${i}`));
    const up = track(catchupClient(relay, 'wsA', TOKENS.wsA, seed));
    await up.client.whenSynced();

    const store = new UpdateStoreSource();
    const client = new CatchupClient({ serverUrl: relay.url, workspaceId: 'wsA', token: TOKENS.wsA, source: store, WebSocket });
    cleanups.push(() => client.destroy());
    await client.whenSynced();
    expect(store.size).toBe(50);
    expect(docText(store.load(customerDocName('s7')))).toBe('stored 7');

    // Offline change in the store (as the app would write it), then reconnect: it reaches the relay.
    client.disconnect();
    const doc = store.load(customerDocName('s7'));
    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(0, 'edited offline, ');
    store.applyUpdate(customerDocName('s7'), Y.encodeStateAsUpdate(doc, before));
    client.connect();
    await client.whenSynced();
    await waitFor(() => docText(up.docs.get(customerDocName('s7'))) === 'edited offline, stored 7', 'store edit pushed to the other device');
  });
});

