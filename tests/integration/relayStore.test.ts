import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { DocLog, encodeRecord, KIND_UPDATE, MAGIC } from '../../src/relay/docLog';
import { catchupClient, docText } from '../fixtures/relay/catchup';
import { spawnRelay } from '../fixtures/relay/childRelay';
import { startTestRelay, tempDir, TOKENS, provider, whenSynced } from '../fixtures/relay/helpers';
import { customerDocName } from '../../src/shared/model/docIds';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function update(text: string, doc = new Y.Doc()): Uint8Array {
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('doc log store', () => {
  it('reopens what was appended', () => {
    const file = path.join(tempDir(), 'ws', 'workspace.ylog');
    const { log } = DocLog.open(file);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 10; i++) doc.getText('t').insert(0, `${i}`);
    log.append(updates);
    log.close();
    const again = DocLog.open(file);
    expect(again.truncatedBytes).toBe(0);
    expect(again.updates).toHaveLength(10);
    const back = new Y.Doc();
    again.updates.forEach((u) => Y.applyUpdate(back, u));
    expect(back.getText('t').toString()).toBe('9876543210');
    again.log.close();
  });

  it.each([
    ['a torn record header', (good: Buffer) => Buffer.concat([good, Buffer.from([7, 0, 0])])],
    ['a record cut in its payload', (good: Buffer) => Buffer.concat([good, encodeRecord(KIND_UPDATE, update('lost')).subarray(0, 15)])],
    ['a CRC mismatch in the last record', (good: Buffer) => {
      const rec = encodeRecord(KIND_UPDATE, update('flipped'));
      rec[rec.length - 1] ^= 0xff;
      return Buffer.concat([good, rec]);
    }],
    ['a length that lies (4 GiB)', (good: Buffer) => Buffer.concat([good, Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 1, 1, 2])])],
    ['an unknown record kind', (good: Buffer) => Buffer.concat([good, Buffer.from([1, 0, 0, 0, 0, 0, 0, 0, 9, 0])])],
    ['zeros after a crash (preallocated blocks)', (good: Buffer) => Buffer.concat([good, Buffer.alloc(4096)])],
  ])('cuts %s and keeps everything before it', (_what, corrupt) => {
    const file = path.join(tempDir(), 'ws', 'c.x.ylog');
    const doc = new Y.Doc();
    const first = update('kept one', doc);
    const good = Buffer.concat([MAGIC, encodeRecord(KIND_UPDATE, first), encodeRecord(KIND_UPDATE, update(' kept two', doc))]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, corrupt(good));
    const opened = DocLog.open(file);
    expect(opened.truncatedBytes).toBeGreaterThan(0);
    expect(fs.statSync(file).size).toBe(good.length);
    const back = new Y.Doc();
    opened.updates.forEach((u) => Y.applyUpdate(back, u));
    expect(back.getText('t').toString()).toBe('kept one kept two');
    // Appending after the repair yields a clean log.
    opened.log.append([update(' three', doc)]);
    opened.log.close();
    const again = DocLog.open(file);
    expect(again.truncatedBytes).toBe(0);
    expect(again.updates).toHaveLength(3);
    again.log.close();
  });

  it('opens a file torn inside its header, and moves a foreign file aside', () => {
    const dir = tempDir();
    const torn = path.join(dir, 'a.ylog');
    fs.writeFileSync(torn, MAGIC.subarray(0, 3));
    const t = DocLog.open(torn);
    expect(t.updates).toEqual([]);
    t.log.close();
    const foreign = path.join(dir, 'b.ylog');
    fs.writeFileSync(foreign, 'not a rapport log at all');
    const f = DocLog.open(foreign);
    expect(f.movedAside).not.toBeNull();
    expect(fs.readFileSync(f.movedAside!, 'utf8')).toBe('not a rapport log at all');
    f.log.close();
  });

  it('compacts atomically into one snapshot', () => {
    const file = path.join(tempDir(), 'ws', 'workspace.ylog');
    const { log } = DocLog.open(file);
    const doc = new Y.Doc();
    for (let i = 0; i < 50; i++) log.append([update(`line ${i}\n`, doc)]);
    const before = log.size;
    log.compact(Y.encodeStateAsUpdate(doc));
    expect(log.size).toBeLessThan(before);
    log.append([update('after', doc)]);
    log.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['workspace.ylog']); // no temp file left
    const again = DocLog.open(file);
    expect(again.updates).toHaveLength(2);
    const back = new Y.Doc();
    again.updates.forEach((u) => Y.applyUpdate(back, u));
    expect(back.getText('t').toString()).toBe(doc.getText('t').toString());
    again.log.close();
  });

  it('a relay restarted on a data dir with a torn tail opens and serves the good part', async () => {
    const dir = tempDir();
    const relay = await startTestRelay(dir);
    const doc = new Y.Doc();
    const p = provider(relay, 'wsA', customerDocName('torn'), doc);
    await whenSynced(p);
    doc.getText('t').insert(0, 'durable');
    await new Promise((r) => setTimeout(r, 30));
    p.destroy();
    await relay.close();
    fs.appendFileSync(path.join(dir, 'wsA', 'c.torn.ylog'), Buffer.from([200, 0, 0, 0, 1, 2, 3, 4, 1, 9, 9]));
    const relay2 = await startTestRelay(dir);
    cleanups.push(() => relay2.close());
    const again = new Y.Doc();
    const p2 = provider(relay2, 'wsA', customerDocName('torn'), again);
    cleanups.push(() => p2.destroy());
    await whenSynced(p2);
    expect(again.getText('t').toString()).toBe('durable');
    expect(relay2.logs.lines.some((l) => l.event === 'store.tail_truncated')).toBe(true);
  });
});

describe('kill -9', () => {
  it('a relay killed with SIGKILL during writes restarts with every acknowledged update', async () => {
    const dir = tempDir();
    const tokens = `wsA:${TOKENS.wsA}`;
    let relay = await spawnRelay(dir, tokens, ['--log-level', 'info']);
    cleanups.push(() => void relay.child.kill('SIGKILL'));
    const { client, docs } = catchupClient(relay, 'wsA', TOKENS.wsA, new Map(), { reconnect: false });
    await client.whenSynced();
    // Writer: many docs, continuous edits; remember what the relay acknowledged.
    const acked = new Map<string, string>();
    const names = Array.from({ length: 20 }, (_, i) => customerDocName(`k${i}`));
    for (const n of names) docs.set(n, new Y.Doc());
    let stop = false;
    let round = 0;
    const writer = (async () => {
      while (!stop && client.connected) {
        round++;
        for (const n of names) {
          const d = docs.get(n)!;
          const before = Y.encodeStateVector(d);
          d.getText('t').insert(d.getText('t').length, `${round},`);
          client.sendUpdate(n, Y.encodeStateAsUpdate(d, before));
        }
        const snapshot = new Map(names.map((n) => [n, docs.get(n)!.getText('t').toString()]));
        try {
          await Promise.race([client.whenAcknowledged(), new Promise((_, rej) => setTimeout(() => rej(new Error('no ack')), 2000))]);
          if (client.connected) for (const [n, t] of snapshot) acked.set(n, t);
        } catch {
          return;
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 600));
    relay.child.kill('SIGKILL');
    const exit = await relay.exited;
    stop = true;
    await writer;
    client.destroy();
    expect(exit.signal).toBe('SIGKILL');
    expect(acked.size).toBe(names.length);

    relay = await spawnRelay(dir, tokens, ['--log-level', 'info']);
    const reader = catchupClient(relay, 'wsA', TOKENS.wsA);
    await reader.client.whenSynced();
    reader.client.destroy();
    for (const n of names) {
      const got = docText(reader.docs.get(n));
      // Everything acknowledged is there; anything beyond is a later, complete prefix of what was written.
      expect(got.startsWith(acked.get(n)!)).toBe(true);
      expect(docs.get(n)!.getText('t').toString().startsWith(got)).toBe(true);
    }
    relay.child.kill('SIGTERM');
    const exit2 = await relay.exited;
    expect(exit2.code).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(relay.lines.some((l) => l.event === 'relay.stopped')).toBe(true);
  }, 60_000);
});
