import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileRecordLog } from '../../../src/relay/records/fileRecordLog';
import { FILE_MAGIC, scanFrames } from '../../../src/relay/records/recordFrames';
import { RecordLogCorrupt, RecordLogFailed } from '../../../src/relay/records/recordLog';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-rlog-'));
  dirs.push(dir);
  return path.join(dir, 'acme', 'records.rlog');
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const texts = (records: { bytes: Uint8Array }[]): string[] => records.map((r) => new TextDecoder().decode(r.bytes));

/** A closed log of three frames (appends one after another), its image and where each frame ends. */
async function threeFrames(): Promise<{ image: Buffer; ends: number[] }> {
  const file = tempFile();
  const log = await FileRecordLog.open('acme', file);
  await log.append([text('first'), text('second')]);
  await log.append([text('third')]);
  await log.append([text('fourth'), text('fifth')]);
  await log.close();
  const image = fs.readFileSync(file);
  return { image, ends: scanFrames(image).frames.map((f) => f.end) };
}
const RECORDS_BY_FRAME = [['first', 'second'], ['third'], ['fourth', 'fifth']];

async function openImage(image: Buffer, onTailTruncated?: (info: { bytes: number }) => void): Promise<{ file: string; log: FileRecordLog }> {
  const file = tempFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, image);
  return { file, log: await FileRecordLog.open('acme', file, onTailTruncated ? { onTailTruncated } : {}) };
}

describe('file record log', () => {
  it('cuts a torn last frame wherever the crash cut it, and never serves a part of it', async () => {
    const { image, ends } = await threeFrames();
    for (let length = 0; length <= image.length; length++) {
      const cuts: number[] = [];
      const { file, log } = await openImage(image.subarray(0, length), (info) => cuts.push(info.bytes));
      const whole = ends.filter((end) => end <= length).length;
      const boundary = whole === 0 ? FILE_MAGIC.length : ends[whole - 1]!;
      expect(texts((await log.readAfter(0)).records)).toEqual(RECORDS_BY_FRAME.slice(0, whole).flat());
      expect(fs.statSync(file).size).toBe(Math.max(boundary, FILE_MAGIC.length));
      expect(cuts).toEqual(length > 0 && length !== boundary ? [length < FILE_MAGIC.length ? length : length - boundary] : []);
      // The log goes on from there without a gap.
      const next = RECORDS_BY_FRAME.slice(0, whole).flat().length + 1;
      expect(await log.append([text('after the crash')])).toEqual({ first: next, last: next });
      await log.close();
    }
  });

  it('reports a damaged byte anywhere but the last frame, and leaves the file as it was; in the last frame it is a torn write', async () => {
    const { image, ends } = await threeFrames();
    for (let at = 0; at < image.length; at++) {
      const bad = Buffer.from(image);
      bad[at] ^= 0x20;
      const frame = ends.findIndex((end) => at < end);
      if (at >= ends[1]!) {
        const { log } = await openImage(bad);
        expect(texts((await log.readAfter(0)).records)).toEqual(RECORDS_BY_FRAME.slice(0, 2).flat());
        await log.close();
        continue;
      }
      const file = tempFile();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bad);
      const error = await FileRecordLog.open('acme', file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `byte ${at}`).toBeInstanceOf(RecordLogCorrupt);
      expect((error as RecordLogCorrupt).offset).toBe(at < FILE_MAGIC.length ? 0 : frame === 0 ? FILE_MAGIC.length : ends[frame - 1]);
      expect(fs.readFileSync(file).equals(bad)).toBe(true);
    }
  });

  it('cuts zeros a crash left after the last frame (preallocated blocks)', async () => {
    const { image } = await threeFrames();
    const cuts: number[] = [];
    const { log } = await openImage(Buffer.concat([image, Buffer.alloc(4096)]), (info) => cuts.push(info.bytes));
    expect(texts((await log.readAfter(0)).records)).toEqual(RECORDS_BY_FRAME.flat());
    expect(cuts).toEqual([4096]);
    await log.close();
  });

  it('refuses a file that is not a record log, untouched', async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'RPLOG\u0000\u0001\nsomething else');
    await expect(FileRecordLog.open('acme', file)).rejects.toThrow(RecordLogCorrupt);
    expect(fs.readFileSync(file, 'latin1')).toBe('RPLOG\u0000\u0001\nsomething else');
  });

  it('resolves an append, and serves it, only after its fsync returned', async () => {
    const file = tempFile();
    const log = await FileRecordLog.open('acme', file);
    await log.append([text('durable')]);
    let release!: () => void;
    const real = fs.fsync.bind(fs);
    vi.spyOn(fs, 'fsync').mockImplementation(((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) => {
      release = () => real(fd, cb);
    }) as typeof fs.fsync);
    let resolved = false;
    const pending = log.append([text('waiting for the disk')]).then((r) => {
      resolved = true;
      return r;
    });
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toBe(false);
    expect(await log.head()).toEqual({ seq: 1, snapshotSeq: 0 });
    expect(texts((await log.readAfter(0)).records)).toEqual(['durable']);
    release();
    expect(await pending).toEqual({ first: 2, last: 2 });
    expect(texts((await log.readAfter(0)).records)).toEqual(['durable', 'waiting for the disk']);
    await log.close();
  });

  it('writes the appends that wait for one fsync as one frame (group commit)', async () => {
    const file = tempFile();
    const log = await FileRecordLog.open('acme', file);
    const fsyncs = vi.spyOn(fs, 'fsync');
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.append([text(`edit ${i}`)])));
    await log.close();
    const frames = scanFrames(fs.readFileSync(file)).frames;
    expect(frames.reduce((n, f) => n + f.offsets.length, 0)).toBe(50);
    expect(frames.length).toBeLessThan(50);
    expect(fsyncs.mock.calls.length).toBe(frames.length);
  });

  it('after a failed fsync refuses every append, acknowledges nothing, and a reopen holds what was acknowledged', async () => {
    const file = tempFile();
    const log = await FileRecordLog.open('acme', file);
    await log.append([text('acknowledged')]);
    vi.spyOn(fs, 'fsync').mockImplementationOnce(((_fd: number, cb: (err: NodeJS.ErrnoException | null) => void) => {
      cb(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    }) as typeof fs.fsync);
    await expect(log.append([text('lost with the disk')])).rejects.toThrow(RecordLogFailed);
    await expect(log.append([text('later')])).rejects.toThrow(RecordLogFailed);
    await log.close();
    const again = await FileRecordLog.open('acme', file);
    expect(texts((await again.readAfter(0)).records)).toEqual(['acknowledged']);
    expect(await again.append([text('next')])).toEqual({ first: 2, last: 2 });
    await again.close();
  });

  it('compacts the file to the snapshot, and a read begun before the compaction still gets its records', async () => {
    const file = tempFile();
    const log = await FileRecordLog.open('acme', file);
    await log.append(Array.from({ length: 100 }, (_, i) => text(`update ${i} `.repeat(20))));
    const before = fs.statSync(file).size;
    // Hold the read's first fs.read until the snapshot has replaced the file.
    const realRead = fs.read.bind(fs) as (...args: unknown[]) => void;
    let held: (() => void) | null = null;
    vi.spyOn(fs, 'read').mockImplementation(((...args: unknown[]) => {
      if (!held) held = () => realRead(...args);
      else realRead(...args);
    }) as unknown as typeof fs.read);
    const reading = log.readAfter(90);
    await vi.waitFor(() => expect(held).not.toBeNull());
    expect((await log.putSnapshot({ parentSeq: 0, seq: 100, bytes: text('everything') })).accepted).toBe(true);
    held!();
    const read = await reading;
    expect(read.records.map((r) => r.seq)).toEqual(Array.from({ length: 10 }, (_, i) => 91 + i));
    expect(texts(read.records)[0]).toBe('update 90 '.repeat(20));
    vi.restoreAllMocks();
    expect(fs.statSync(file).size).toBeLessThan(before / 10);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['records.rlog']);
    expect(await log.readAfter(0)).toEqual({ snapshot: { seq: 100, bytes: text('everything') }, records: [], head: { seq: 100, snapshotSeq: 100 } });
    await log.close();
  });
});
