import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import { provider, startTestRelay, tempDir, TOKENS, waitFor, whenSynced } from '../fixtures/relay/helpers';
import { encodeCatchupMessage } from '../../src/shared/sync/catchupProtocol';
import { customerDocName } from '../../src/shared/model/docIds';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Deterministic PRNG (mulberry32), so a failing run can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function frame(write: (enc: encoding.Encoder) => void): Uint8Array {
  const enc = encoding.createEncoder();
  write(enc);
  return encoding.toUint8Array(enc);
}

/** Well-formed frames of both protocols, the seeds for mutation. */
function corpus(): { sync: Uint8Array[]; catchup: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  doc.getText('t').insert(0, 'fuzz seed text');
  doc.getMap('m').set('k', { nested: [1, 2, 3] });
  doc.getArray('a').push(['x', 42]);
  doc.getText('t').delete(2, 3);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Fuzz' } });
  const aw = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
  awareness.destroy();
  const sync = [
    frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    }),
    frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep2(e, doc, new Uint8Array([0]));
    }),
    ...updates.map((u) =>
      frame((e) => {
        encoding.writeVarUint(e, 0);
        syncProtocol.writeUpdate(e, u);
      }),
    ),
    frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, aw);
    }),
    frame((e) => encoding.writeVarUint(e, 3)),
  ];
  const catchup = [
    encodeCatchupMessage({ type: 'states', last: true, entries: [{ name: 'workspace', stateVector: Y.encodeStateVector(doc), digest: new Uint8Array(16) }] }),
    encodeCatchupMessage({ type: 'updates', seq: 1, entries: [{ name: customerDocName('fz'), update: Y.encodeStateAsUpdate(doc) }] }),
  ];
  return { sync, catchup };
}

type Mutator = (f: Uint8Array, r: () => number) => Uint8Array | string;
const int = (r: () => number, n: number) => Math.floor(r() * n);
const MUTATORS: [string, Mutator][] = [
  ['truncate', (f, r) => f.subarray(0, int(r, f.length))],
  ['flip bytes', (f, r) => {
    const c = new Uint8Array(f);
    for (let i = 0, n = 1 + int(r, 4); i < n; i++) c[int(r, c.length)] ^= 1 << int(r, 8);
    return c;
  }],
  ['truncated varint', (f, r) => new Uint8Array([...f.subarray(0, 1 + int(r, Math.max(1, f.length - 1))), 0xff, 0xff, 0x80])],
  ['lying length', (f, r) => {
    // Replace the first length-prefixed payload's length by a huge varint.
    const c = Array.from(f.subarray(0, Math.min(2, f.length)));
    return new Uint8Array([...c, 0xff, 0xff, 0xff, 0xff, 0x0f, ...Array.from({ length: int(r, 20) }, () => int(r, 256))]);
  }],
  ['junk update in a valid envelope', (_f, r) =>
    frame((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, r() < 0.5 ? 2 : 1);
      encoding.writeVarUint8Array(e, Uint8Array.from({ length: 1 + int(r, 64) }, () => int(r, 256)));
    })],
  ['random bytes', (_f, r) => Uint8Array.from({ length: int(r, 200) }, () => int(r, 256))],
  ['duplicate tail', (f, r) => new Uint8Array([...f, ...f.subarray(int(r, f.length))])],
  ['empty frame', () => new Uint8Array(0)],
  ['text frame', () => 'this is text, not a y-websocket frame'],
];

const MAX_FRAME = 256 * 1024;

describe('relay fuzzing', () => {
  it('1,000 random and mutated frames never crash the relay nor disturb other clients', async () => {
    const seed = Number(process.env.RELAY_FUZZ_SEED ?? 20261101);
    const r = prng(seed);
    const relay = await startTestRelay(tempDir(), { maxFrameBytes: MAX_FRAME });
    cleanups.push(() => relay.close());
    const room = customerDocName('target');
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const a = provider(relay, 'wsA', room, docA);
    const b = provider(relay, 'wsA', room, docB);
    cleanups.push(() => a.destroy(), () => b.destroy());
    await Promise.all([whenSynced(a), whenSynced(b)]);

    const { sync, catchup } = corpus();
    const targets = [
      { url: `${relay.url}/wsA/${room}?token=${TOKENS.wsA}`, seeds: sync },
      { url: `${relay.url}/wsA/_catchup?token=${TOKENS.wsA}`, seeds: catchup },
    ];
    let socket: WebSocket | null = null;
    let socketTarget = -1;
    const closeCodes = new Map<number, number>();
    const open = (t: number) =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(targets[t]!.url);
        ws.on('open', () => resolve(ws));
        ws.on('error', reject);
        ws.on('close', (code) => closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1));
      });
    let sent = 0;
    let edits = 0;
    const used = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const t = r() < 0.75 ? 0 : 1;
      if (socket === null || socket.readyState !== WebSocket.OPEN || socketTarget !== t) {
        socket?.close();
        socket = await open(t);
        socketTarget = t;
      }
      let payload: Uint8Array | string;
      let label: string;
      if (i % 100 === 50) {
        payload = new Uint8Array(MAX_FRAME + 1 + int(r, MAX_FRAME / 2));
        label = 'oversized';
      } else {
        const [name, mutate] = MUTATORS[int(r, MUTATORS.length)]!;
        const seeds = targets[t]!.seeds;
        payload = mutate(seeds[int(r, seeds.length)]!, r);
        label = name;
      }
      used.set(label, (used.get(label) ?? 0) + 1);
      socket.send(payload);
      sent++;
      if (i % 50 === 0) {
        // The honest clients keep editing throughout.
        (i % 100 === 0 ? docA : docB).getText('honest').insert(0, `${i};`);
        edits++;
      }
      if (i % 10 === 9) await new Promise((res) => setTimeout(res, 1));
    }
    socket?.close();
    expect(sent).toBe(1000);
    expect(used.get('oversized')).toBe(10);

    // Still alive, still syncing, still converging.
    docA.getText('honest').insert(0, 'final-A;');
    docB.getText('honest').insert(0, 'final-B;');
    await waitFor(() => docA.getText('honest').toString() === docB.getText('honest').toString() && docA.getText('honest').toString().includes('final-A;') && docA.getText('honest').toString().includes('final-B;'), 'honest clients converge');
    expect(docA.getText('honest').toString().split(';').filter(Boolean)).toHaveLength(edits + 2);
    expect(a.wsconnected && b.wsconnected).toBe(true);
    const health = await (await fetch(`${relay.httpUrl}/health`)).json();
    expect(health.ok).toBe(true);
    expect(closeCodes.get(4400) ?? 0).toBeGreaterThan(100);
    expect(closeCodes.get(4413) ?? 0).toBeGreaterThan(0);
    // Every close the fuzzer saw is one of the documented codes (or its own normal close).
    for (const code of closeCodes.keys()) expect([1000, 1005, 1009, 4400, 4413]).toContain(code);
  }, 60_000);
});
