import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { provider, rawClose, startTestRelay, tempDir, TOKENS, waitFor, whenSynced } from '../fixtures/relay/helpers';
import { CloseCode } from '../../src/shared/sync/closeCodes';
import { customerDocName } from '../../src/shared/model/docIds';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function track(p: WebsocketProvider): WebsocketProvider {
  cleanups.push(() => p.destroy());
  return p;
}

async function relayIn(dir: string, extra = {}) {
  const relay = await startTestRelay(dir, extra);
  cleanups.push(() => relay.close());
  return relay;
}

describe('relay: y-websocket protocol', () => {
  it('syncs text and awareness between two official WebsocketProvider clients', async () => {
    const relay = await relayIn(tempDir());
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const a = track(provider(relay, 'wsA', customerDocName('cust1'), docA));
    const b = track(provider(relay, 'wsA', customerDocName('cust1'), docB));
    await Promise.all([whenSynced(a), whenSynced(b)]);
    docA.getText('t').insert(0, 'hello from A');
    await waitFor(() => docB.getText('t').toString() === 'hello from A', 'text at B');
    docB.getText('t').insert(0, 'B says: ');
    await waitFor(() => docA.getText('t').toString() === 'B says: hello from A', 'text at A');

    a.awareness.setLocalStateField('user', { name: 'Ada', color: '#f00' });
    await waitFor(() => (b.awareness.getStates().get(docA.clientID) as { user?: { name: string } } | undefined)?.user?.name === 'Ada', 'awareness at B');
    a.disconnect();
    await waitFor(() => !b.awareness.getStates().has(docA.clientID), 'awareness removed when A leaves');
  });

  it('answers GET /health with JSON', async () => {
    const relay = await relayIn(tempDir());
    const p = track(provider(relay, 'wsA', 'workspace'));
    await whenSynced(p);
    const res = await fetch(`${relay.httpUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, docsLoaded: 1, connections: 1 });
    expect(relay.stats()).toMatchObject({ docsLive: 1, syncConnections: 1, catchupConnections: 0 });
  });

  it('keeps every doc across a restart on the same data directory', async () => {
    const dir = tempDir();
    let relay = await startTestRelay(dir);
    const names = ['workspace', customerDocName('a1'), customerDocName('b2'), customerDocName('c3')];
    for (const name of names) {
      const doc = new Y.Doc();
      const p = provider(relay, 'wsA', name, doc);
      await whenSynced(p);
      doc.getText('t').insert(0, `content of ${name}`);
      doc.getMap('m').set('k', name);
      await waitFor(() => relay.logs.lines.some((l) => l.event === 'doc.loaded' && l.doc === name), 'loaded');
      // wait until the relay holds it (its state vector matches ours)
      await new Promise((r) => setTimeout(r, 20));
      p.destroy();
    }
    await relay.close();
    relay = await startTestRelay(dir);
    cleanups.push(() => relay.close());
    for (const name of names) {
      const doc = new Y.Doc();
      const p = track(provider(relay, 'wsA', name, doc));
      await whenSynced(p);
      expect(doc.getText('t').toString()).toBe(`content of ${name}`);
      expect(doc.getMap('m').get('k')).toBe(name);
    }
    expect(fs.readdirSync(path.join(dir, 'wsA')).sort()).toEqual(['_states.idx', 'c.a1.ylog', 'c.b2.ylog', 'c.c3.ylog', 'workspace.ylog']);
  });

  it('unloads idle docs after persisting them', async () => {
    const relay = await relayIn(tempDir(), { idleUnloadMs: 50 });
    const doc = new Y.Doc();
    const p = provider(relay, 'wsA', 'workspace', doc);
    await whenSynced(p);
    doc.getText('t').insert(0, 'kept');
    await waitFor(() => relay.logs.lines.some((l) => l.event === 'doc.loaded'), 'load');
    await new Promise((r) => setTimeout(r, 20));
    p.destroy();
    await waitFor(() => relay.stats().docsLoaded === 0, 'doc unloaded');
    const again = new Y.Doc();
    const p2 = track(provider(relay, 'wsA', 'workspace', again));
    await whenSynced(p2);
    expect(again.getText('t').toString()).toBe('kept');
  });
});

describe('relay: idle docs', () => {
  it('an idle doc sleeps encoded, wakes with its content, and later edits persist across a restart', async () => {
    const dir = tempDir();
    const relay = await startTestRelay(dir, { idleSleepMs: 30, idleUnloadMs: 60_000 });
    const doc = new Y.Doc();
    const p = provider(relay, 'wsA', customerDocName('sleepy'), doc);
    await whenSynced(p);
    doc.getText('t').insert(0, 'before sleep');
    p.destroy();
    await waitFor(() => relay.stats().docsLive === 0 && relay.stats().docsLoaded === 1, 'doc asleep but in memory');
    const again = new Y.Doc();
    const p2 = provider(relay, 'wsA', customerDocName('sleepy'), again);
    await whenSynced(p2);
    expect(again.getText('t').toString()).toBe('before sleep');
    expect(relay.stats().docsLive).toBe(1);
    again.getText('t').insert(0, 'woken: ');
    p2.destroy();
    await waitFor(() => relay.stats().docsLive === 0, 'asleep again');
    await relay.close();
    const relay2 = await relayIn(dir);
    const third = new Y.Doc();
    const p3 = track(provider(relay2, 'wsA', customerDocName('sleepy'), third));
    await whenSynced(p3);
    expect(third.getText('t').toString()).toBe('woken: before sleep');
  });
});

describe('relay: auth and isolation', () => {
  it('refuses a missing or wrong token with 4401 and the provider stops retrying', async () => {
    const relay = await relayIn(tempDir());
    expect(await rawClose(`${relay.url}/wsA/workspace`)).toEqual({ code: CloseCode.unauthorized, reason: 'unauthorized: missing token' });
    expect(await rawClose(`${relay.url}/wsA/workspace?token=nope-nope-nope`)).toEqual({ code: CloseCode.unauthorized, reason: 'unauthorized: wrong token' });
    expect(await rawClose(`${relay.url}/nosuchws/workspace?token=${TOKENS.wsA}`)).toMatchObject({ code: CloseCode.forbidden });

    const p = track(provider(relay, 'wsA', 'workspace', new Y.Doc(), 'wrong-token-xyz'));
    const closed = await new Promise<{ code: number; reason: string }>((resolve) => p.on('closed', (e) => resolve(e)));
    expect(closed.code).toBe(CloseCode.unauthorized);
    const refusalsAfter = () => relay.logs.lines.filter((l) => l.event === 'conn.refused').length;
    const before = refusalsAfter();
    await new Promise((r) => setTimeout(r, 800)); // several backoff periods (maxBackoffTime 300 ms)
    expect(refusalsAfter()).toBe(before);
    expect(p.shouldConnect).toBe(false);
  });

  it('refuses bad paths with 4404', async () => {
    const relay = await relayIn(tempDir());
    expect((await rawClose(`${relay.url}/wsA/notadoc?token=${TOKENS.wsA}`)).code).toBe(CloseCode.notFound);
    expect((await rawClose(`${relay.url}/../etc/passwd?token=${TOKENS.wsA}`)).code).toBe(CloseCode.notFound);
    expect((await rawClose(`${relay.url}/wsA/c:a/b?token=${TOKENS.wsA}`)).code).toBe(CloseCode.notFound);
  });

  it('a token for workspace A neither reads nor writes workspace B', async () => {
    const dir = tempDir();
    const relay = await relayIn(dir);
    const docB = new Y.Doc();
    const pb = track(provider(relay, 'wsB', 'workspace', docB));
    await whenSynced(pb);
    docB.getText('t').insert(0, 'B secret');

    // Token A on workspace B's room: refused, nothing received.
    const intruder = new Y.Doc();
    const pa = track(provider(relay, 'wsB', 'workspace', intruder, TOKENS.wsA));
    const closed = await new Promise<{ code: number }>((resolve) => pa.on('closed', (e) => resolve(e)));
    expect(closed.code).toBe(CloseCode.forbidden);
    expect(intruder.getText('t').toString()).toBe('');

    // Same doc name in workspace A is a different doc.
    const docA = new Y.Doc();
    const pA = track(provider(relay, 'wsA', 'workspace', docA));
    await whenSynced(pA);
    docA.getText('t').insert(0, 'A only');
    await new Promise((r) => setTimeout(r, 50));
    expect(docB.getText('t').toString()).toBe('B secret');
    expect(docA.getText('t').toString()).toBe('A only');
  });

  it('rotates and revokes tokens at runtime', async () => {
    const relay = await relayIn(tempDir());
    relay.setToken('lanws', 'first-secret-1');
    const doc = new Y.Doc();
    const p = track(provider(relay, 'lanws', 'workspace', doc, 'first-secret-1'));
    await whenSynced(p);
    relay.setToken('lanws', 'second-secret-2');
    expect((await rawClose(`${relay.url}/lanws/workspace?token=first-secret-1`)).code).toBe(CloseCode.unauthorized);
    const closed = new Promise<{ code: number }>((resolve) => p.on('closed', (e) => resolve(e)));
    relay.revokeToken('lanws');
    expect((await closed).code).toBe(CloseCode.unauthorized);
  });

  it('limits connections per client address with 4429', async () => {
    const relay = await relayIn(tempDir(), { maxConnectionsPerIp: 2 });
    const a = track(provider(relay, 'wsA', 'workspace'));
    const b = track(provider(relay, 'wsA', 'workspace'));
    await Promise.all([whenSynced(a), whenSynced(b)]);
    expect((await rawClose(`${relay.url}/wsA/workspace?token=${TOKENS.wsA}`)).code).toBe(CloseCode.tooManyConnections);
  });
});

describe('relay: limits and shutdown', () => {
  it('closes only the offending connection on an oversized frame (4413)', async () => {
    const relay = await relayIn(tempDir(), { maxFrameBytes: 64 * 1024 });
    const doc = new Y.Doc();
    const good = track(provider(relay, 'wsA', 'workspace', doc));
    await whenSynced(good);
    const res = await rawClose(`${relay.url}/wsA/workspace?token=${TOKENS.wsA}`, (ws) => ws.send(new Uint8Array(100 * 1024)));
    expect(res.code).toBe(CloseCode.tooLarge);
    const other = new Y.Doc();
    const p2 = track(provider(relay, 'wsA', 'workspace', other));
    await whenSynced(p2);
    doc.getText('t').insert(0, 'still fine');
    await waitFor(() => other.getText('t').toString() === 'still fine', 'sync after oversized frame');
  });

  it('shuts down gracefully: sockets closed with 1001, docs persisted', async () => {
    const dir = tempDir();
    const relay = await startTestRelay(dir);
    const doc = new Y.Doc();
    const p = track(provider(relay, 'wsA', 'workspace', doc));
    await whenSynced(p);
    const closeCode = new Promise<number>((resolve) => p.on('connection-close', (e) => resolve(e?.code ?? -1)));
    doc.getText('t').insert(0, 'flushed at shutdown');
    await new Promise((r) => setTimeout(r, 20));
    await relay.close();
    expect(await closeCode).toBe(1001);
    p.disconnect();
    const relay2 = await relayIn(dir);
    const again = new Y.Doc();
    const p2 = track(provider(relay2, 'wsA', 'workspace', again));
    await whenSynced(p2);
    expect(again.getText('t').toString()).toBe('flushed at shutdown');
    expect(relay.logs.lines.map((l) => l.event)).toContain('relay.stopped');
    for (const l of relay.logs.lines) expect(typeof l.level === 'string' && typeof l.event === 'string').toBe(true);
  });
});
