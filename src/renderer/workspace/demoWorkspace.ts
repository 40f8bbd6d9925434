import * as Y from 'yjs';
import { newId } from '../../shared/ids';
import { customerDocName, WORKSPACE_DOC } from '../../shared/model/docIds';
import { initialWorkspaceFormat, setWorkspaceFormat } from '../../shared/model/workspaceFormat';
import { SampleBuilder } from '../../shared/sample/generator';
import { deviceTimeZone } from '../../shared/dates/eventDate';
import { DocStore } from '../store/docStore';
import type { MetaStore } from '../store/metaStore';
import type { WorkspaceMeta } from '../store/schema';

export interface DemoProgress {
  /** Customers generated and written so far. */
  written: number;
  total: number;
}

/** Customers made and written per step: about a tenth of a second of work between two yields to the page. */
const CHUNK = 50;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Makes a new local workspace filled with the sample generator's customers (Settings
 * -> Advanced -> Generate a demo workspace), a chunk at a time: each chunk's docs are
 * written to the store and dropped before the next is made, so 5,000 customers never
 * sit in memory at once and the page keeps painting the progress. The workspace is
 * registered on this device only once everything is written: a stopped run leaves
 * nothing in the workspace list.
 */
export async function generateDemoWorkspace(meta: MetaStore, customers: number, onProgress: (progress: DemoProgress) => void): Promise<WorkspaceMeta> {
  const format = initialWorkspaceFormat();
  const now = Date.now();
  const workspace: WorkspaceMeta = { id: newId(), name: `Demo workspace (${customers.toLocaleString()} customers)`, createdAt: now, lastOpenedAt: now };
  const builder = new SampleBuilder({ customers, now, currency: format.currency, timeZone: deviceTimeZone(), seed: now % 100_000 });
  const store = await DocStore.open(workspace.id);
  try {
    onProgress({ written: 0, total: customers });
    while (!builder.done) {
      const chunk = builder.next(CHUNK);
      await store.putSnapshots(chunk.map(([id, doc]) => [customerDocName(id), Y.encodeStateAsUpdate(doc)] as [string, Uint8Array]));
      for (const [, doc] of chunk) doc.destroy();
      onProgress({ written: builder.generated, total: customers });
      await yieldToPage();
    }
    const directory = builder.finish();
    setWorkspaceFormat(directory, format);
    await store.putSnapshots([[WORKSPACE_DOC, Y.encodeStateAsUpdate(directory)]]);
  } finally {
    await store.close();
  }
  await meta.putWorkspace(workspace);
  return workspace;
}
