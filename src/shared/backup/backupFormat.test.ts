import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateSampleWorkspace } from '../sample/generator';
import { customerDocName } from '../model/docIds';
import { readAllCards } from '../model/workspaceDoc';
import { readInteractions, readProfile } from '../model/customerDoc';
import { readNotebookMarkdown } from '../notebook/headless';
import { BackupError, createBackup, readBackup } from './backupFormat';

function sampleBackup() {
  const sample = generateSampleWorkspace({ customers: 6 });
  const docs: [string, Uint8Array][] = [['workspace', Y.encodeStateAsUpdate(sample.workspace)]];
  for (const [id, doc] of sample.customers) docs.push([customerDocName(id), Y.encodeStateAsUpdate(doc)]);
  return { sample, file: createBackup({ workspaceId: 'ws-1', workspaceName: 'Acme', appVersion: '0.1.0', docs, now: 1 }) };
}

describe('backup file', () => {
  it('round-trips every doc: restored content equals the original', () => {
    const { sample, file } = sampleBackup();
    const { manifest, docs } = readBackup(file);
    expect(manifest).toMatchObject({ format: 1, workspaceId: 'ws-1', workspaceName: 'Acme' });
    expect(docs.size).toBe(7);
    const workspace = new Y.Doc();
    Y.applyUpdate(workspace, docs.get('workspace')!);
    expect(readAllCards(workspace)).toEqual(readAllCards(sample.workspace));
    for (const [id, original] of sample.customers) {
      const restored = new Y.Doc();
      Y.applyUpdate(restored, docs.get(customerDocName(id))!);
      expect(readProfile(restored)).toEqual(readProfile(original));
      expect(readInteractions(restored)).toEqual(readInteractions(original));
      expect(readNotebookMarkdown(restored)).toBe(readNotebookMarkdown(original));
    }
  });

  it('refuses wrong files, truncation, damage and newer formats with clear messages', () => {
    const { file } = sampleBackup();
    expect(() => readBackup(new TextEncoder().encode('hello world, not a backup at all....................'))).toThrow(/not a Rapport backup/);
    expect(() => readBackup(file.slice(0, file.length - 100))).toThrow(/cut short|damaged/);
    const flipped = file.slice();
    flipped[flipped.length - 200] ^= 0xff;
    expect(() => readBackup(flipped)).toThrow(/checksum|damaged/);
    const magicLength = 15;
    const length = new DataView(file.buffer).getUint32(magicLength);
    const json = new TextDecoder().decode(file.subarray(magicLength + 4, magicLength + 4 + length)).replace('"format":1', '"format":9');
    const newer = new Uint8Array(file.length);
    newer.set(file);
    newer.set(new TextEncoder().encode(json), magicLength + 4);
    expect(() => readBackup(newer)).toThrow(/newer version/);
    expect(() => readBackup(newer)).toThrow(BackupError);
  });
});
