import * as Y from 'yjs';
import { applyImportPlan, undoImport, type ImportUndo } from '../../shared/import/apply';
import type { ImportPlan } from '../../shared/import/plan';
import { customerDocName } from '../../shared/model/docIds';
import { applyStored } from '../store/docStore';
import type { WorkspaceSession } from '../workspace/session';
import { forgetImport, recordImport, type ImportEntry } from './importHistory';
import type { Slicer } from '../../shared/import/slices';
import { uiSlicer } from './uiSlicer';
import { peopleInStoredDocs } from './peopleInDocs';
import type { MembersTakenBack } from '../../shared/import/undoMembers';

/** Lets the browser paint and handle input between chunks of a long import. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Docs edited at a time at most (fewer when they take longer than a slice): what a merge or an undo keeps in memory. */
const CHUNK = 50;
/**
 * New customers per chunk at most; a chunk also ends with its slice of time.
 * Their docs are small and made here, and each chunk costs store writes, a
 * save of the undo record and a wait for IndexedDB: 50 at a time made a
 * 40,000-row import 800 of those.
 */
const CREATE_CHUNK = 500;

/**
 * Edits customer docs through the local store, not through live docs: a doc
 * open in this window is edited in place (its store binding and sync carry the
 * change); any other is decoded from the store, edited, its update appended in
 * one transaction per chunk, and dropped. No doc is opened for sync here, so a
 * merge into 10,000 customers opens no websocket per customer: the catch-up
 * channel sends the updates now when connected, and otherwise at the next
 * connect, as it does for every offline write.
 */
export function storeDocEditor(session: WorkspaceSession, slicer: Slicer) {
  return async (ids: string[], edit: (id: string, doc: Y.Doc) => void): Promise<void> => {
    const closed = ids.filter((id) => !session.loadedCustomerDoc(id));
    // One read transaction for the chunk, not one per doc.
    const stored = await session.store.readMany(closed.map(customerDocName));
    const records: { doc: string; update: Uint8Array }[] = [];
    for (const id of ids) {
      const open = session.loadedCustomerDoc(id);
      if (open) {
        edit(id, open);
        continue;
      }
      // Its own guid: a random one is drawn otherwise, which costs more than decoding a small doc.
      // (Read now if it was open when the chunk was read and has been closed since.)
      const { parts } = stored.get(customerDocName(id)) ?? (await session.store.read(customerDocName(id)));
      const doc = new Y.Doc({ guid: customerDocName(id) });
      applyStored(doc, parts);
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      try {
        edit(id, doc);
      } finally {
        doc.destroy();
      }
      if (updates.length) records.push({ doc: customerDocName(id), update: updates.length === 1 ? updates[0] : Y.mergeUpdates(updates) });
      // Between docs, not only between chunks: a chunk of large docs would hold the UI too long.
      if (slicer.due()) await slicer.pause();
    }
    await session.store.appendUpdates(records);
    for (const record of records) session.sync?.catchup.sendUpdate(record.doc, record.update);
  };
}

/** Writes an import plan into the open workspace, in chunks, reporting progress; kept in the device's list of recent imports as it goes. */
export async function runImport(
  session: WorkspaceSession,
  plan: ImportPlan,
  labels: { source: string; fileName: string },
  onProgress: (done: number, total: number) => void,
): Promise<ImportEntry> {
  const slicer = uiSlicer();
  const entry: ImportEntry = { id: '', fileName: labels.fileName, source: labels.source, at: Date.now(), complete: false, undo: { importId: '', at: Date.now(), created: [], merged: [] } };
  let recorded = Promise.resolve();
  try {
    entry.undo = await applyImportPlan(
      plan,
      {
        workspace: session.doc,
        owner: session.user.id,
        chunkSize: CHUNK,
        createChunkSize: CREATE_CHUNK,
        slicer,
        editCustomerDocs: storeDocEditor(session, slicer),
        saveNewCustomerDocs: async (docs: [string, Uint8Array][]) => {
          // Encoded once (by applyImportPlan), for the store and for the catch-up channel.
          const encoded = docs.map(([id, state]): [string, Uint8Array] => [customerDocName(id), state]);
          await session.store.putSnapshots(encoded);
          for (const [name, update] of encoded) session.sync?.catchup.sendUpdate(name, update);
        },
        onProgress: async (done, total, undo) => {
          // The cards of this chunk are on disk before the list of imports says they can be undone... and before the next chunk.
          entry.id = undo.importId;
          entry.undo = undo;
          await session.flush();
          recorded = recordImport(session, entry);
          await recorded;
          // The thread is handed back by the slicer once the slice is up (applyImportPlan pauses after this).
          onProgress(done, total);
        },
      },
      labels.source,
    );
    entry.id = entry.undo.importId;
    entry.complete = true;
    return entry;
  } finally {
    await session.flush();
    await recorded;
    if (entry.id) await recordImport(session, entry);
  }
}

/** Takes an import back, through the store as the import itself wrote, and forgets it; says which members it added were kept. */
export async function runUndoImport(session: WorkspaceSession, entry: { id: string; undo: ImportUndo }, onProgress?: (done: number, total: number) => void): Promise<MembersTakenBack> {
  let members: MembersTakenBack;
  try {
    ({ members } = await undoImport(entry.undo, {
      workspace: session.doc,
      chunkSize: CHUNK,
      editCustomerDocs: storeDocEditor(session, uiSlicer()),
      // What the user sees (the cards gone) is saved first, not behind a thousand deletions.
      afterCardsRemoved: () => session.flush(),
      deleteCustomerDoc: async (id) => {
        // A created customer opened since stays in the store until the window closes; its card is gone either way.
        if (!session.store.isAttached(customerDocName(id))) await session.store.deleteDoc(customerDocName(id));
      },
      onProgress: async (done, total) => {
        onProgress?.(done, total);
        await yieldToUi();
      },
      peopleInDocs: (removed) => peopleInStoredDocs(session, removed),
    }));
  } finally {
    await session.flush();
  }
  await forgetImport(session, entry.id);
  return members;
}
