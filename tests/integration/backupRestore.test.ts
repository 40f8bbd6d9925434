import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as Y from 'yjs';
import { generateSampleWorkspace } from '../../src/shared/sample/generator';
import { customerDocName, WORKSPACE_DOC } from '../../src/shared/model/docIds';
import { readAllCards, readCardById } from '../../src/shared/model/workspaceDoc';
import { readFollowUps, readInteractions, readProfile } from '../../src/shared/model/customerDoc';
import { readNotebookMarkdown, withNotebook } from '../../src/shared/notebook/headless';
import { BackupError, createBackup, readBackup } from '../../src/shared/backup/backupFormat';

/**
 * A backup made by format 1 (the first release), kept verbatim: every later
 * version must restore it. Do not regenerate it; add a newer golden file beside it.
 */
const GOLDEN_V1 =
  'UkFQUE9SVC1CQUNLVVAKAAABTHsiZm9ybWF0IjoxLCJ3b3Jrc3BhY2VJZCI6ImdvbGRlbiIsIndvcmtzcGFjZU5hbWUiOiJHb2xkZW4gdjEiLC' +
  'JjcmVhdGVkQXQiOjE3NjcyMjU2MDAwMDAsImFwcFZlcnNpb24iOiIwLjEuMCIsImRvY3MiOlt7Im5hbWUiOiJ3b3Jrc3BhY2UiLCJieXRlcyI6' +
  'MjIzLCJzaGEyNTYiOiI0ODg5MmQ4OTJiOGVjM2ZkN2VlZDU0ZDg1MjZlMDE3ZWQ4OWU0MjMwOTAzMTdmN2Y3NWE1MTUwMGE1MWIwMTA0In0sey' +
  'JuYW1lIjoiYzpjMSIsImJ5dGVzIjo5MjEsInNoYTI1NiI6IjRkN2M0YWI5MGZjMWQ2MWNmOTE1Mjg0YzA0NzQ2NzhjNzUzOWU0MWFlMGY0MGVh' +
  'MTk4Y2ViZGI3NDgxODBjYTMifV19AQIBACgBCWN1c3RvbWVycwJjMQF2BARuYW1ldwxBZGEgTG92ZWxhY2UHY29tcGFueXcSQW5hbHl0aWNhbC' +
  'BFbmdpbmVzBW93bmVydwRBbGV4CWNyZWF0ZWRBdHtCeUHyl8AAAAgBCnN0YWdlTW92ZXMCdgQKY3VzdG9tZXJJZHcCYzEFc3RhZ2V3CHByb3Nw' +
  'ZWN0AmF0e0J5QfKXwAAAAmJ5dwRBbGV4dgQKY3VzdG9tZXJJZHcCYzEFc3RhZ2V3CGxveWFsaXN0AmF0e0J5coycAAAAAmJ5dwRBbGV4AAExAg' +
  'AHAQRyb290BigAAgAGX190eXBlAXcHaGVhZGluZygAAgAIX19mb3JtYXQBfQAoAAIAB19fc3R5bGUBdwAoAAIACF9faW5kZW50AX0AKAACAAVf' +
  'X2RpcgF+KAACAAxfX3RleHRGb3JtYXQBfQAoAAIAC19fdGV4dFN0eWxlAXcAKAACAAVfX3RhZwF3AmgxBwACAAEoAAIJBl9fdHlwZQF3BHRleH' +
  'QoAAIJCF9fZm9ybWF0AX0AKAACCQdfX3N0eWxlAXcAKAACCQZfX21vZGUBfQAoAAIJCF9fZGV0YWlsAX0AhAIJBFBsYW6HAgAGJwACEwdfX3N0' +
  'YXRlASgAAhQMbWRMaXN0TWFya2VyAXcBLSgAAhMGX190eXBlAXcEbGlzdCgAAhMIX19mb3JtYXQBfQAoAAITB19fc3R5bGUBdwAoAAITCF9faW' +
  '5kZW50AX0AKAACEwVfX2RpcgF+KAACEwxfX3RleHRGb3JtYXQBfQAoAAITC19fdGV4dFN0eWxlAXcAKAACEwVfX3RhZwF3AnVsKAACEwdfX3N0' +
  'YXJ0AX0BKAACEwpfX2xpc3RUeXBlAXcFY2hlY2sHAAITBigAAiAGX190eXBlAXcIbGlzdGl0ZW0oAAIgCF9fZm9ybWF0AX0AKAACIAdfX3N0eW' +
  'xlAXcAKAACIAhfX2luZGVudAF9ACgAAiAFX19kaXIBfigAAiAMX190ZXh0Rm9ybWF0AX0AKAACIAtfX3RleHRTdHlsZQF3ACgAAiAHX192YWx1' +
  'ZQF9ASgAAiAJX19jaGVja2VkAXkHAAIgASgAAioGX190eXBlAXcEdGV4dCgAAioIX19mb3JtYXQBfQAoAAIqB19fc3R5bGUBdwAoAAIqBl9fbW' +
  '9kZQF9ACgAAioIX19kZXRhaWwBfQCEAioOc2VuZCB0aGUgbm90ZXMoAQdwcm9maWxlBmVtYWlscwF1AXcTYWRhQGVuZ2luZXMuZXhhbXBsZSgB' +
  'DGludGVyYWN0aW9ucwJpMQF2BgRraW5kdwRjYWxsAmF0e0J5fDSIgAAAB3N1bW1hcnl3CkZpcnN0IGNhbGwJc2VudGltZW50dwhwb3NpdGl2ZQ' +
  'ZhbW91bnR+BmF1dGhvcncEQWxleCgBCWZvbGxvd1VwcwJmMQF2BANkdWV3CjIwMjUtMDgtMDEEdGV4dHcJU2VuZCBkZWNrCGFzc2lnbmVldwRB' +
  'bGV4BGRvbmV5AIqQGWxdANrn0MkD2ZU5kuJCirQLd5LgyL6DhtCo8lph';

function content(workspace: Y.Doc, customers: Map<string, Y.Doc>) {
  return {
    cards: readAllCards(workspace),
    customers: [...customers].map(([id, doc]) => ({
      id,
      profile: readProfile(doc),
      interactions: readInteractions(doc),
      followUps: readFollowUps(doc),
      notebook: withNotebook(doc, (editor) => editor.getEditorState().toJSON()),
    })),
  };
}

function restore(docs: Map<string, Uint8Array>) {
  const workspace = new Y.Doc();
  Y.applyUpdate(workspace, docs.get(WORKSPACE_DOC)!);
  const customers = new Map<string, Y.Doc>();
  for (const card of readAllCards(workspace)) {
    const doc = new Y.Doc();
    const update = docs.get(customerDocName(card.id));
    if (update) Y.applyUpdate(doc, update);
    customers.set(card.id, doc);
  }
  return { workspace, customers };
}

describe('backup file on disk', () => {
  it('a whole workspace written to a file restores into a new workspace with every doc deep-equal', async () => {
    const sample = generateSampleWorkspace({ customers: 25 });
    const docs: [string, Uint8Array][] = [[WORKSPACE_DOC, Y.encodeStateAsUpdate(sample.workspace)]];
    for (const [id, doc] of sample.customers) docs.push([customerDocName(id), Y.encodeStateAsUpdate(doc)]);
    const path = join(mkdtempSync(join(tmpdir(), 'rapport-backup-')), 'ws.rapport-backup');
    await writeFile(path, createBackup({ workspaceId: 'ws-1', workspaceName: 'Sample', appVersion: '0.1.0', docs }));

    // readFile gives a Buffer that may sit at an offset inside a shared pool.
    const backup = readBackup(await readFile(path));
    expect(backup.manifest.docs.map((d) => d.name).sort()).toEqual(docs.map(([name]) => name).sort());
    const restored = restore(backup.docs);
    expect(content(restored.workspace, restored.customers)).toEqual(content(sample.workspace, sample.customers));
  });

  it('restores the format 1 golden file', () => {
    const { manifest, docs } = readBackup(Uint8Array.from(Buffer.from(GOLDEN_V1, 'base64')));
    expect(manifest).toMatchObject({ format: 1, workspaceId: 'golden', workspaceName: 'Golden v1', appVersion: '0.1.0' });
    const { workspace, customers } = restore(docs);
    const card = readCardById(workspace, 'c1')!;
    expect(card).toMatchObject({ name: 'Ada Lovelace', company: 'Analytical Engines', stage: 'loyalist' });
    expect(card.stageHistory.map((s) => s.stage)).toEqual(['prospect', 'loyalist']);
    const ada = customers.get('c1')!;
    expect(readProfile(ada).profile.emails).toEqual(['ada@engines.example']);
    expect(readInteractions(ada).items.map((i) => i.summary)).toEqual(['First call']);
    expect(readFollowUps(ada).items.map((f) => f.text)).toEqual(['Send deck']);
    expect(readNotebookMarkdown(ada)).toBe('# Plan\n\n- [ ] send the notes');
  });

  it('any damaged byte or truncation is a BackupError, never a wrong restore or a crash', () => {
    const file = Uint8Array.from(Buffer.from(GOLDEN_V1, 'base64'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: file.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const damaged = file.slice();
        damaged[at] ^= xor;
        expect(() => readBackup(damaged)).toThrow(BackupError);
      }),
      { numRuns: 400 },
    );
    for (let length = 0; length < file.length; length += 7) expect(() => readBackup(file.slice(0, length))).toThrow(BackupError);
    const extended = new Uint8Array(file.length + 1);
    extended.set(file);
    expect(() => readBackup(extended)).toThrow(BackupError);
  });
});
