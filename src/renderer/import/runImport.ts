import type * as Y from 'yjs';
import * as YY from 'yjs';
import { applyImportPlan, undoImport, type ImportUndo } from '../../shared/import/apply';
import type { ImportPlan } from '../../shared/import/plan';
import { customerDocName } from '../../shared/model/docIds';
import type { WorkspaceSession } from '../workspace/session';

/** Lets the browser paint and handle input between chunks of a long import. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Writes an import plan into the open workspace, in chunks, reporting progress. */
export async function runImport(session: WorkspaceSession, plan: ImportPlan, source: string, onProgress: (done: number, total: number) => void): Promise<ImportUndo> {
  const handles: (() => void)[] = [];
  try {
    return await applyImportPlan(
      plan,
      {
        workspace: session.doc,
        owner: session.user.name,
        chunkSize: 50,
        getCustomerDoc: async (id) => {
          const handle = session.openCustomer(id);
          handles.push(handle.release);
          return handle.ready;
        },
        saveNewCustomerDocs: (docs: [string, Y.Doc][]) => session.store.putSnapshots(docs.map(([id, doc]) => [customerDocName(id), YY.encodeStateAsUpdate(doc)])),
        onProgress: async (done, total) => {
          onProgress(done, total);
          await yieldToUi();
        },
      },
      source,
    );
  } finally {
    await session.flush();
    for (const release of handles) release();
  }
}

export async function runUndoImport(session: WorkspaceSession, undo: ImportUndo): Promise<void> {
  const handles: (() => void)[] = [];
  try {
    await undoImport(undo, {
      workspace: session.doc,
      getCustomerDoc: async (id) => {
        const handle = session.openCustomer(id);
        handles.push(handle.release);
        return handle.ready;
      },
      // What the user sees (the cards gone) is saved first, not behind a thousand deletions.
      afterCardsRemoved: () => session.flush(),
      deleteCustomerDoc: async (id) => {
        // A created customer opened since stays in the store until the window closes; its card is gone either way.
        if (!session.store.isAttached(customerDocName(id))) await session.store.deleteDoc(customerDocName(id));
      },
    });
  } finally {
    await session.flush();
    for (const release of handles) release();
  }
}
