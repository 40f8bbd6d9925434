import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { FileRecordLog } from '../../../src/relay/records/fileRecordLog';
import { recordBytes } from '../../fixtures/relay/recordBytes';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Runs the writer until it has acknowledged `acks` appends of its own, then kills it with SIGKILL. */
async function writeAndKill(file: string, acks: number): Promise<{ ready: number; maxAcked: number; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/relay/recordLogWriter.ts', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let ready = -1;
  let maxAcked = 0;
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const msg = JSON.parse(line) as { ready?: number; acked?: number };
      if (msg.ready !== undefined) ready = msg.ready;
      if (msg.acked !== undefined) {
        maxAcked = Math.max(maxAcked, msg.acked);
        // Killed while appends are in flight: mid-stream, not between writes.
        if (++seen === acks) {
          child.kill('SIGKILL');
          resolve();
        }
      }
    });
    void exited.then(() => reject(new Error(`the writer exited before it was killed: ${stderr}`)));
    setTimeout(() => reject(new Error(`the writer acknowledged ${seen} appends in 30 s: ${stderr}`)), 30_000).unref();
  });
  return { ready, maxAcked, signal: await exited };
}

describe('file record log, killed', () => {
  it('holds every append that had resolved when its process was killed with SIGKILL mid-stream, each byte as written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-rlog-kill-'));
    dirs.push(dir);
    const file = path.join(dir, 'acme', 'records.rlog');
    let stored = 0;
    for (const acks of [150, 60, 300]) {
      const run = await writeAndKill(file, acks);
      expect(run.signal).toBe('SIGKILL');
      // Each run picks up where the reopened log ended.
      expect(run.ready).toBe(stored);
      const log = await FileRecordLog.open('acme', file);
      const { records, head } = await log.readAfter(0);
      await log.close();
      expect(head.seq).toBeGreaterThanOrEqual(run.maxAcked);
      expect(records.map((r) => r.seq)).toEqual(Array.from({ length: head.seq }, (_, i) => i + 1));
      for (const r of records) {
        if (!Buffer.from(r.bytes).equals(Buffer.from(recordBytes(r.seq)))) throw new Error(`record ${r.seq} differs from what was written`);
      }
      stored = head.seq;
    }
  }, 90_000);
});
