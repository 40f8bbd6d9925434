import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryRecordLogStore } from '../../../src/relay/records/memoryRecordLog';
import { FileRecordLogStore } from '../../../src/relay/records/fileRecordLog';
import { recordLogContract } from './recordLogContract';

recordLogContract('memory', async () => {
  const store = new MemoryRecordLogStore();
  return { store: () => store, cleanup: async () => {} };
});

recordLogContract('file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-records-'));
  return { store: () => new FileRecordLogStore(dir), cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
});
