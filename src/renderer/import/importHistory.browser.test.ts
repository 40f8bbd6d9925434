import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocStore } from '../store/docStore';
import type { WorkspaceSession } from '../workspace/session';
import { forgetImport, importHistory, recordImport, type ImportEntry } from './importHistory';

const opened: DocStore[] = [];
async function open(id: string): Promise<DocStore> {
  const store = await DocStore.open(id);
  opened.push(store);
  return store;
}
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
});

/** The history reads and writes only the session's store; a new session object is a reload. */
const sessionOn = (store: DocStore) => ({ store }) as unknown as WorkspaceSession;
const reloaded = async (id: string) => importHistory(sessionOn(await open(id)));

function newEntry(): ImportEntry {
  return { id: 'imp-1', fileName: 'contacts.csv', source: 'HubSpot', at: 1, complete: false, undo: { importId: 'imp-1', at: 2, created: [], merged: [] } };
}
const merged = (customerId: string): ImportEntry['undo']['merged'][number] => ({ customerId, changes: [{ kind: 'notes', lines: ['Met at the fair'] }], createdAtBefore: null, notesBlocks: [[7, 3]] });

describe('recent imports (real IndexedDB in Chromium)', () => {
  it('an import recorded after every chunk reads back whole after a reload, each record writing only what its chunk added', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const writes: [string, unknown][] = [];
    const setCache = store.setCache.bind(store);
    vi.spyOn(store, 'setCache').mockImplementation(async (key, value) => {
      writes.push([key, structuredClone(value)]);
      await setCache(key, value);
    });
    const session = sessionOn(store);
    // The import's undo grows in place, as applyImportPlan's does.
    const entry = newEntry();
    for (const chunk of [0, 1, 2]) {
      entry.undo.created.push(`c${chunk}a`, `c${chunk}b`);
      await recordImport(session, entry);
    }
    // An owner the file named became a member, as applyImportPlan adds them (undo.members ??= []).
    (entry.undo.members ??= []).push('member-1');
    entry.undo.merged.push(merged('m1'));
    await recordImport(session, entry);
    expect(writes.filter(([key]) => key.startsWith('import-undo-v2:')).map(([, value]) => value)).toEqual([
      { created: ['c0a', 'c0b'], merged: [] },
      { created: ['c1a', 'c1b'], merged: [] },
      { created: ['c2a', 'c2b'], merged: [] },
      { created: [], merged: [merged('m1')], members: ['member-1'] },
    ]);
    // Listed once, as it started: the list does not change while the import runs.
    expect(writes.filter(([key]) => key === 'import-history-v2')).toHaveLength(1);
    // Stopped here (a reload): Undo import has everything recorded so far.
    expect(await reloaded(id)).toEqual([entry]);

    entry.complete = true;
    await recordImport(session, entry);
    expect((await reloaded(id))[0]).toEqual({ ...newEntry(), complete: true, undo: { ...entry.undo } });
    expect((await reloaded(id))[0].undo.members).toEqual(['member-1']);

    await forgetImport(session, 'imp-1');
    expect(await reloaded(id)).toEqual([]);
    expect(await store.getCacheRange('import-undo-v2:')).toEqual([]);
  });

  it('keeps the 20 latest imports and removes the undo of the one that falls off the list', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const session = sessionOn(await open(id));
    for (let i = 0; i < 21; i++) await recordImport(session, { ...newEntry(), id: `imp-${i}`, undo: { importId: `imp-${i}`, at: i, created: [`c${i}`], merged: [] } });
    const read = await reloaded(id);
    expect(read.map((e) => e.id)).toEqual(Array.from({ length: 20 }, (_, i) => `imp-${20 - i}`));
    // As recorded: no members key for an import that added none.
    expect(read[0].undo).toEqual({ importId: 'imp-20', at: 20, created: ['c20'], merged: [] });
    expect((await session.store.getCacheRange('import-undo-v2:imp-0:')).length).toBe(0);
  });

  it('reads the list an earlier version stored (each undo whole in it) and keeps it the new way', async () => {
    const id = `t-${crypto.randomUUID()}`;
    const store = await open(id);
    const entry = { ...newEntry(), complete: true, undo: { importId: 'imp-1', at: 2, created: ['a', 'b'], members: ['member-1'], merged: [merged('m1')] } };
    await store.setCache('import-history-v1', { version: 1, entries: [entry] });
    expect(await importHistory(sessionOn(store))).toEqual([entry]);
    expect(await store.getCache('import-history-v1')).toBeUndefined();
    expect(await reloaded(id)).toEqual([entry]);
  });
});
