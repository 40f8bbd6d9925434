import { loadavg } from 'node:os';
import { opaqueDocId } from '../src/shared/crypto/opaqueDocId';
import { openRecord, sealRecord, type RecordBinding } from '../src/shared/crypto/recordEnvelope';
import { WorkspaceKey } from '../src/shared/crypto/workspaceKey';
import { median, percentile, round } from './stats';

/**
 * Issue 13's envelope benchmark: seal + open of one 10 KB update (target: median <= 0.5 ms),
 * in Node, with the pure-TypeScript XChaCha20-Poly1305 of @noble/ciphers that the renderer also
 * runs. Each sample is one seal and one open of a fresh update (fresh nonce, fresh buffers), after
 * a warm-up so the JIT has compiled the cipher.
 */
const BYTES = 10 * 1024;
const WARMUP = 300;
const SAMPLES = 2000;

export async function run(): Promise<Record<string, unknown>> {
  const key = WorkspaceKey.generate(0);
  const binding: RecordBinding = { workspaceId: 'bench', docId: opaqueDocId(key, 'c:bench-customer'), kind: 'update' };
  const update = Uint8Array.from({ length: BYTES }, (_, i) => (i * 131 + 7) & 0xff);
  const both: number[] = [];
  const seal: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    update[i % BYTES] ^= 1;
    const t0 = performance.now();
    const sealed = sealRecord(key, binding, update);
    const t1 = performance.now();
    const back = openRecord(key, binding, sealed);
    const t2 = performance.now();
    if (back.length !== BYTES || back[i % BYTES] !== update[i % BYTES]) throw new Error('the record did not round-trip');
    if (i < WARMUP) continue;
    seal.push(t1 - t0);
    open.push(t2 - t1);
    both.push(t2 - t0);
  }
  const ids: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    opaqueDocId(key, `c:customer-${i}`);
    ids.push(performance.now() - t);
  }
  return {
    recordBytes: BYTES,
    samples: SAMPLES,
    sealOpenMedianMs: round(median(both), 3),
    sealOpenP95Ms: round(percentile(both, 95), 3),
    sealMedianMs: round(median(seal), 3),
    openMedianMs: round(median(open), 3),
    opaqueDocIdMedianMs: round(median(ids), 4),
    targetSealOpenMedianMs: 0.5,
    // The machine is shared: the p95 moves with the load, the median much less.
    loadAverage1m: round(loadavg()[0], 1),
  };
}
