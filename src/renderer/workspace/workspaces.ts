import * as Y from 'yjs';
import { newId } from '../../shared/ids';
import { customerDocName, WORKSPACE_DOC } from '../../shared/model/docIds';
import { generateSampleWorkspace } from '../../shared/sample/generator';
import { DocStore } from '../store/docStore';
import type { MetaStore } from '../store/metaStore';
import type { WorkspaceMeta } from '../store/schema';

/** Registers a new, empty workspace on this device. */
export async function createWorkspace(meta: MetaStore, name: string): Promise<WorkspaceMeta> {
  const now = Date.now();
  const workspace: WorkspaceMeta = { id: newId(), name: name.trim() || 'My workspace', createdAt: now, lastOpenedAt: now };
  await meta.putWorkspace(workspace);
  return workspace;
}

/**
 * Writes a generated workspace into a new store: all docs as snapshots in one
 * transaction. Used for the first-run sample (about 40 customers).
 */
export async function createSampleWorkspace(meta: MetaStore, customers = 40): Promise<WorkspaceMeta> {
  const workspace = await createWorkspace(meta, 'Sample workspace');
  const sample = generateSampleWorkspace({ customers, now: Date.now() });
  const store = await DocStore.open(workspace.id);
  const docs: [string, Uint8Array][] = [[WORKSPACE_DOC, Y.encodeStateAsUpdate(sample.workspace)]];
  for (const [id, doc] of sample.customers) docs.push([customerDocName(id), Y.encodeStateAsUpdate(doc)]);
  await store.putSnapshots(docs);
  await store.close();
  return workspace;
}
