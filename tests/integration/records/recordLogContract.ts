import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RecordLogClosed, type RecordLog, type RecordLogStore } from '../../../src/relay/records/recordLog';

/**
 * The contract every RecordLogStore keeps (src/relay/records/recordLog.ts), run against each
 * implementation: `recordLogContract('file', () => ...)`. A storage is what survives a restart
 * (a directory, a database); `store()` gives a fresh store over it, as a restarted relay would make.
 */
export interface ContractStorage {
  store(): RecordLogStore;
  cleanup(): Promise<void>;
}

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

export function recordLogContract(name: string, makeStorage: () => Promise<ContractStorage>): void {
  describe(`record log contract: ${name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanups.splice(0).reverse()) await c();
    });

    async function fresh(): Promise<{ storage: ContractStorage; store: RecordLogStore; log: RecordLog }> {
      const storage = await makeStorage();
      const store = storage.store();
      cleanups.push(() => storage.cleanup());
      cleanups.push(() => store.close());
      return { storage, store, log: await store.open('acme') };
    }

    it('starts empty', async () => {
      const { log } = await fresh();
      expect(await log.head()).toEqual({ seq: 0, snapshotSeq: 0 });
      expect(await log.readAfter(0)).toEqual({ snapshot: null, records: [], head: { seq: 0, snapshotSeq: 0 } });
    });

    it('gives out sequence numbers without gaps, across calls, and an empty append takes none', async () => {
      const { log } = await fresh();
      expect(await log.append([text('a'), text('b'), text('c')])).toEqual({ first: 1, last: 3 });
      expect(await log.append([])).toEqual({ first: 4, last: 3 });
      expect(await log.append([text('d'), text('e')])).toEqual({ first: 4, last: 5 });
      expect(await log.head()).toEqual({ seq: 5, snapshotSeq: 0 });
      const { records } = await log.readAfter(0);
      expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(records.map((r) => new TextDecoder().decode(r.bytes))).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    it('applies appends made at once in the order they were made, with consecutive ranges', async () => {
      const { log } = await fresh();
      const sizes = [3, 0, 1, 5, 2, 1, 4];
      const results = await Promise.all(sizes.map((n, call) => log.append(Array.from({ length: n }, (_, i) => text(`${call}.${i}`)))));
      let next = 1;
      results.forEach((r, call) => {
        expect(r).toEqual({ first: next, last: next + sizes[call]! - 1 });
        next += sizes[call]!;
      });
      const { records } = await log.readAfter(0);
      expect(records.map((r) => new TextDecoder().decode(r.bytes))).toEqual(sizes.flatMap((n, call) => Array.from({ length: n }, (_, i) => `${call}.${i}`)));
    });

    it('serves everything after N, in order; nothing after the head; and says when N is beyond it', async () => {
      const { log } = await fresh();
      await log.append(Array.from({ length: 10 }, (_, i) => bytes(i)));
      for (const after of [0, 3, 9]) {
        const { records } = await log.readAfter(after);
        expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 10 - after }, (_, i) => after + 1 + i));
        expect(records.map((r) => r.bytes[0])).toEqual(Array.from({ length: 10 - after }, (_, i) => after + i));
      }
      expect((await log.readAfter(10)).records).toEqual([]);
      const beyond = await log.readAfter(25);
      expect(beyond.records).toEqual([]);
      expect(beyond.head.seq).toBe(10);
      await expect(log.readAfter(-1)).rejects.toThrow(RangeError);
      await expect(log.readAfter(1.5)).rejects.toThrow(RangeError);
    });

    it('never parses a record: any bytes in come back the same, even ones that look like its own framing', async () => {
      const { log } = await fresh();
      const framing = [text('RPRECS\u0000\u0001'), text('RLF1'), new Uint8Array(64), new Uint8Array(64).fill(0xff), new Uint8Array(0), text('{"not":"json"'), text('\u0000\u0001\u0002')];
      const written: Uint8Array[] = [...framing];
      await log.append(framing);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 600 }), { maxLength: 8 }), async (batch) => {
          await log.append(batch);
          written.push(...batch);
        }),
        { numRuns: 40 },
      );
      const { records } = await log.readAfter(0);
      expect(records.map((r) => Buffer.from(r.bytes).toString('hex'))).toEqual(written.map((w) => Buffer.from(w).toString('hex')));
    });

    it('keeps its own copies: changing a buffer after append, or a record read, changes nothing stored', async () => {
      const { log } = await fresh();
      const mine = text('original');
      const pending = log.append([mine]);
      mine.fill(0);
      await pending;
      const first = await log.readAfter(0);
      first.records[0]!.bytes.fill(1);
      expect(new TextDecoder().decode((await log.readAfter(0)).records[0]!.bytes)).toBe('original');
    });

    it('keeps everything across a restart (a fresh store over the same storage)', async () => {
      const { storage, store, log } = await fresh();
      await log.append([text('one'), text('two')]);
      await log.append([text('three')]);
      await store.close();
      const again = storage.store();
      cleanups.push(() => again.close());
      const reopened = await again.open('acme');
      expect(await reopened.head()).toEqual({ seq: 3, snapshotSeq: 0 });
      expect(await reopened.append([text('four')])).toEqual({ first: 4, last: 4 });
      expect((await reopened.readAfter(0)).records.map((r) => new TextDecoder().decode(r.bytes))).toEqual(['one', 'two', 'three', 'four']);
    });

    it('accepts a snapshot on top of the current one that covers the whole log, and serves it for what it replaced', async () => {
      const { storage, store, log } = await fresh();
      await log.append([text('1'), text('2'), text('3')]);
      expect(await log.putSnapshot({ parentSeq: 0, seq: 3, bytes: text('S3') })).toEqual({ accepted: true, head: { seq: 3, snapshotSeq: 3 } });
      expect(await log.append([text('4'), text('5')])).toEqual({ first: 4, last: 5 });
      const fromStart = await log.readAfter(0);
      expect(fromStart.snapshot).toEqual({ seq: 3, bytes: text('S3') });
      expect(fromStart.records.map((r) => [r.seq, new TextDecoder().decode(r.bytes)])).toEqual([[4, '4'], [5, '5']]);
      expect((await log.readAfter(2)).snapshot?.seq).toBe(3);
      const caughtUp = await log.readAfter(3);
      expect(caughtUp.snapshot).toBeNull();
      expect(caughtUp.records.map((r) => r.seq)).toEqual([4, 5]);
      expect((await log.readAfter(4)).records.map((r) => r.seq)).toEqual([5]);
      // And a second one on top of it.
      expect((await log.putSnapshot({ parentSeq: 3, seq: 5, bytes: text('S5') })).accepted).toBe(true);
      await store.close();
      const again = storage.store();
      cleanups.push(() => again.close());
      const reopened = await again.open('acme');
      expect(await reopened.head()).toEqual({ seq: 5, snapshotSeq: 5 });
      expect(await reopened.readAfter(0)).toEqual({ snapshot: { seq: 5, bytes: text('S5') }, records: [], head: { seq: 5, snapshotSeq: 5 } });
      expect(await reopened.append([text('6')])).toEqual({ first: 6, last: 6 });
    });

    it('refuses a snapshot not based on the current one, one that misses records, one beyond the head, one with nothing new', async () => {
      const { log } = await fresh();
      await log.append([text('1'), text('2')]);
      expect(await log.putSnapshot({ parentSeq: 0, seq: 3, bytes: text('x') })).toEqual({ accepted: false, reason: 'beyond-head', head: { seq: 2, snapshotSeq: 0 } });
      expect(await log.putSnapshot({ parentSeq: 0, seq: 1, bytes: text('x') })).toEqual({ accepted: false, reason: 'missing-records', head: { seq: 2, snapshotSeq: 0 } });
      expect(await log.putSnapshot({ parentSeq: 1, seq: 2, bytes: text('x') })).toEqual({ accepted: false, reason: 'stale-parent', head: { seq: 2, snapshotSeq: 0 } });
      expect((await log.putSnapshot({ parentSeq: 0, seq: 2, bytes: text('S2') })).accepted).toBe(true);
      expect(await log.putSnapshot({ parentSeq: 2, seq: 2, bytes: text('again') })).toEqual({ accepted: false, reason: 'nothing-new', head: { seq: 2, snapshotSeq: 2 } });
      // Nothing refused changed the log.
      expect(await log.readAfter(0)).toEqual({ snapshot: { seq: 2, bytes: text('S2') }, records: [], head: { seq: 2, snapshotSeq: 2 } });
      await expect(log.putSnapshot({ parentSeq: -1, seq: 2, bytes: text('x') })).rejects.toThrow(RangeError);
    });

    it('lets one of two devices that compacted at once win; the other is told to retry (secsync\'s race)', async () => {
      const { log } = await fresh();
      await log.append([text('1'), text('2')]);
      const [a, b] = await Promise.all([
        log.putSnapshot({ parentSeq: 0, seq: 2, bytes: text('from A') }),
        log.putSnapshot({ parentSeq: 0, seq: 2, bytes: text('from B') }),
      ]);
      expect(a.accepted).toBe(true);
      expect(b).toEqual({ accepted: false, reason: 'stale-parent', head: { seq: 2, snapshotSeq: 2 } });
      expect((await log.readAfter(0)).snapshot?.bytes).toEqual(text('from A'));
    });

    it('refuses a snapshot when records arrived after the device read (it retries on the new head)', async () => {
      const { log } = await fresh();
      await log.append([text('1')]);
      const seen = await log.readAfter(0);
      await log.append([text('2, meanwhile')]);
      const late = await log.putSnapshot({ parentSeq: seen.head.snapshotSeq, seq: seen.head.seq, bytes: text('S1') });
      expect(late).toEqual({ accepted: false, reason: 'missing-records', head: { seq: 2, snapshotSeq: 0 } });
      expect((await log.putSnapshot({ parentSeq: 0, seq: late.head.seq, bytes: text('S2') })).accepted).toBe(true);
    });

    it('keeps workspaces apart', async () => {
      const { store, log } = await fresh();
      const other = await store.open('globex');
      await log.append([text('acme 1')]);
      await other.append([text('globex 1'), text('globex 2')]);
      expect((await log.readAfter(0)).records.map((r) => new TextDecoder().decode(r.bytes))).toEqual(['acme 1']);
      expect(await other.head()).toEqual({ seq: 2, snapshotSeq: 0 });
      expect(await store.open('acme')).toBe(log);
      await expect(store.open('../etc')).rejects.toThrow(TypeError);
    });

    it('refuses what is not a record, or too large, before storing anything', async () => {
      const { log } = await fresh();
      await expect(log.append(['text' as unknown as Uint8Array])).rejects.toThrow(TypeError);
      await expect(log.append([new Uint8Array(16 * 1024 * 1024 + 1)])).rejects.toThrow(RangeError);
      expect(await log.head()).toEqual({ seq: 0, snapshotSeq: 0 });
    });

    it('finishes pending appends on close, then refuses work', async () => {
      const { log } = await fresh();
      const pending = log.append([text('last')]);
      await log.close();
      expect(await pending).toEqual({ first: 1, last: 1 });
      await expect(log.append([text('late')])).rejects.toThrow(RecordLogClosed);
      await expect(log.readAfter(0)).rejects.toThrow(RecordLogClosed);
    });
  });
}
