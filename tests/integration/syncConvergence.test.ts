import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { startRelay, type RelayHandle } from '../../src/relay/index';
import { createLogger } from '../../src/relay/logger';
import { provider, tempDir, TOKENS, waitFor } from '../fixtures/relay/helpers';
import { catchupClient, forwardLocalEdits } from '../fixtures/relay/catchup';
import type { CatchupClient } from '../../src/shared/sync/catchupClient';
import { customerDocName, WORKSPACE_DOC } from '../../src/shared/model/docIds';
import { addCustomerCard, customersMap, moveToStage, stageMovesArray } from '../../src/shared/model/workspaceDoc';
import { interactionsMap, profileMap, putInteraction, setProfileField } from '../../src/shared/model/customerDoc';
import { STAGES } from '../../src/shared/stages';

/**
 * Convergence property: 4+ peers (half on official WebsocketProviders, one
 * socket per doc; half on the catch-up channel, one socket per device) make
 * random model edits (notebook text inserts/deletes, profile fields, stage
 * moves, interaction logs, array pushes) while going offline, being
 * partitioned, the relay restarting, and devices retiring after their edits
 * were acknowledged. At the end every peer holds identical documents, and
 * every interaction, stage move and push ever made is present.
 */
const DOCS = [WORKSPACE_DOC, customerDocName('cust0'), customerDocName('cust1')];
const CUSTOMERS = ['cust0', 'cust1'];
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 30);

type Op =
  | { t: 'edit'; peer: number; kind: number; n: number; s: string }
  | { t: 'offline'; peer: number }
  | { t: 'online'; peer: number }
  | { t: 'partition'; peers: number[] }
  | { t: 'heal' }
  | { t: 'restart' }
  | { t: 'retire'; peer: number }
  | { t: 'wait'; ms: number };

const PEERS = 4;
const peerIx = fc.integer({ min: 0, max: PEERS - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ t: fc.constant('edit' as const), peer: peerIx, kind: fc.integer({ min: 0, max: 5 }), n: fc.nat(1000), s: fc.string({ minLength: 1, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('offline' as const), peer: peerIx }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('online' as const), peer: peerIx }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('partition' as const), peers: fc.subarray([0, 1, 2, 3], { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ t: 'heal' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'restart' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('retire' as const), peer: peerIx }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 30 }) }) },
);

interface Peer {
  label: string;
  docs: Map<string, Y.Doc>;
  online: boolean;
  setOnline(on: boolean): void;
  destroy(): void;
  /** Resolves when everything this peer wrote is acknowledged by the relay (catch-up peers only). */
  acknowledged?: () => Promise<void>;
}

function providerPeer(label: string, relayUrl: { url: string }): Peer {
  const docs = new Map(DOCS.map((n) => [n, new Y.Doc()]));
  const providers: WebsocketProvider[] = DOCS.map((n) => provider(relayUrl, 'wsA', n, docs.get(n)!));
  return {
    label,
    docs,
    online: true,
    setOnline(on) {
      this.online = on;
      for (const p of providers) {
        if (on) p.connect();
        else p.disconnect();
      }
    },
    destroy: () => providers.forEach((p) => p.destroy()),
  };
}

function catchupPeer(label: string, relayUrl: { url: string }): Peer {
  const docs = new Map<string, Y.Doc>();
  const { client } = catchupClient(relayUrl, 'wsA', TOKENS.wsA, docs);
  forwardLocalEdits(client, docs);
  return {
    label,
    docs,
    online: true,
    setOnline(on) {
      this.online = on;
      if (on) client.connect();
      else client.disconnect();
    },
    destroy: () => client.destroy(),
    acknowledged: () => (client as CatchupClient).whenSynced(),
  };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function snapshotOf(peer: Peer): string {
  const parts: Record<string, unknown> = {};
  for (const name of DOCS) {
    // A doc nobody ever wrote to has no content to send: missing equals empty.
    const doc = peer.docs.get(name) ?? new Y.Doc();
    parts[name] =
      name === WORKSPACE_DOC
        ? { customers: customersMap(doc).toJSON(), moves: stageMovesArray(doc).toJSON(), pushes: doc.getArray('pushes').toJSON() }
        : { root: doc.get('root', Y.XmlText).toString(), profile: profileMap(doc).toJSON(), interactions: interactionsMap(doc).toJSON() };
    parts[`${name}#sv`] = Object.fromEntries([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort((a, b) => a[0] - b[0]));
  }
  return canonical(parts);
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error(`timed out: ${what}`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

async function runScenario(ops: Op[]): Promise<void> {
  const dataDir = tempDir('rapport-prop-');
  const logger = createLogger('silent');
  let relay: RelayHandle = await startRelay({ port: 0, dataDir, tokens: TOKENS, logger, idleUnloadMs: 200 });
  const port = relay.port;
  const endpoint = { url: relay.url };
  const makePeer = (i: number, gen: number): Peer => (i % 2 === 0 ? providerPeer(`p${i}.${gen}`, endpoint) : catchupPeer(`c${i}.${gen}`, endpoint));
  const peers: Peer[] = [];
  const all: Peer[] = [];
  try {
    // Seed: peer 0 creates the customers; everyone else starts from it.
    const seed = makePeer(0, 0);
    peers.push(seed);
    all.push(seed);
    const ws = seed.docs.get(WORKSPACE_DOC)!;
    for (const c of CUSTOMERS) addCustomerCard(ws, c, { name: `Customer ${c}`, company: 'Acme', owner: 'seed', createdAt: 1 });
    for (let i = 1; i < PEERS; i++) {
      const p = makePeer(i, 0);
      peers.push(p);
      all.push(p);
    }
    const interactionIds = new Set<string>();
    const pushes = new Set<string>();
    let moves = CUSTOMERS.length;
    let counter = 0;

    for (const op of ops) {
      switch (op.t) {
        case 'edit': {
          const peer = peers[op.peer]!;
          const id = `${peer.label}-${counter++}`;
          const cust = CUSTOMERS[op.n % 2]!;
          const getDoc = (name: string): Y.Doc => {
            let d = peer.docs.get(name);
            if (d === undefined) {
              d = new Y.Doc();
              peer.docs.set(name, d);
            }
            return d;
          };
          const cdoc = getDoc(customerDocName(cust));
          const wdoc = getDoc(WORKSPACE_DOC);
          const root = cdoc.get('root', Y.XmlText);
          if (op.kind === 0) root.insert(op.n % (root.length + 1), op.s);
          else if (op.kind === 1 && root.length > 0) root.delete(op.n % root.length, Math.min(1 + (op.n % 3), root.length - (op.n % root.length)));
          else if (op.kind === 2) setProfileField(cdoc, 'preferences', `${op.s} (${peer.label})`);
          else if (op.kind === 3) {
            // moveToStage needs the card's history in this replica; a peer that never saw it skips.
            if (customersMap(wdoc).has(cust) && moveToStage(wdoc, cust, STAGES[op.n % STAGES.length]!, peer.label, 1000 + op.n)) moves++;
          } else if (op.kind === 4) {
            putInteraction(cdoc, id, { kind: 'call', at: 1000 + op.n, summary: op.s, sentiment: 'neutral', amount: null, author: peer.label });
            interactionIds.add(`${cust}/${id}`);
          } else {
            wdoc.getArray('pushes').push([id]);
            pushes.add(id);
          }
          break;
        }
        case 'offline':
          peers[op.peer]!.setOnline(false);
          break;
        case 'online':
          peers[op.peer]!.setOnline(true);
          break;
        case 'partition':
          for (const i of op.peers) peers[i]!.setOnline(false);
          break;
        case 'heal':
          for (const p of peers) if (!p.online) p.setOnline(true);
          break;
        case 'restart':
          await relay.close();
          relay = await startRelay({ port, dataDir, tokens: TOKENS, logger, idleUnloadMs: 200 });
          break;
        case 'retire': {
          // A device leaves for good after the relay acknowledged its work; a new, empty device replaces it.
          const peer = peers[op.peer]!;
          if (peer.acknowledged === undefined || !peer.online) break;
          await withTimeout(peer.acknowledged(), 15_000, `${peer.label} acknowledged`);
          peer.destroy();
          const fresh = makePeer(op.peer, all.length);
          peers[op.peer] = fresh;
          all.push(fresh);
          break;
        }
        case 'wait':
          await new Promise((r) => setTimeout(r, op.ms));
          break;
      }
    }
    for (const p of peers) if (!p.online) p.setOnline(true);
    await waitFor(
      () => {
        const first = snapshotOf(peers[0]!);
        return peers.every((p) => snapshotOf(p) === first);
      },
      'every peer identical',
      20_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n${peers.map((p) => `${p.label}: ${snapshotOf(p)}`).join('\n')}`);
    });
    // Nothing acknowledged (or made by a peer still alive) is lost.
    const final = peers[0]!;
    const ids = new Set(CUSTOMERS.flatMap((c) => [...interactionsMap(final.docs.get(customerDocName(c)) ?? new Y.Doc()).keys()].map((k) => `${c}/${k}`)));
    expect(ids).toEqual(interactionIds);
    expect(new Set(final.docs.get(WORKSPACE_DOC)!.getArray('pushes').toArray())).toEqual(pushes);
    expect(stageMovesArray(final.docs.get(WORKSPACE_DOC)!).length).toBe(moves);
  } finally {
    for (const p of all) p.destroy();
    await relay.close();
  }
}

describe('sync convergence (property)', () => {
  it('4 peers with random edits, disconnects, partitions, relay restarts and retiring devices converge and lose nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 40 }), async (ops) => {
        await runScenario(ops);
      }),
      { numRuns: RUNS, endOnFailure: true, seed: process.env.SYNC_PROPERTY_SEED ? Number(process.env.SYNC_PROPERTY_SEED) : undefined },
    );
  }, 120_000);

  it('a scripted worst case: everyone offline editing, relay restarted twice, then heal', async () => {
    const ops: Op[] = [
      { t: 'partition', peers: [0, 1, 2] },
      { t: 'offline', peer: 3 },
      ...[0, 1, 2, 3].flatMap((peer) => [0, 2, 3, 4, 5].map((kind): Op => ({ t: 'edit', peer, kind, n: peer * 7 + kind, s: `x${peer}${kind}` }))),
      { t: 'restart' },
      { t: 'online', peer: 1 },
      { t: 'edit', peer: 1, kind: 1, n: 3, s: 'd' },
      { t: 'restart' },
      { t: 'retire', peer: 1 },
      { t: 'heal' },
    ];
    await runScenario(ops);
  }, 60_000);
});
