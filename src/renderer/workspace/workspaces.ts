import * as Y from 'yjs';
import { newId } from '../../shared/ids';
import { customerDocName, WORKSPACE_DOC } from '../../shared/model/docIds';
import { DocStore } from '../store/docStore';
import type { MetaStore } from '../store/metaStore';
import type { WorkspaceMeta } from '../store/schema';
import { deviceTimeZone } from '../../shared/dates/eventDate';
import { initialWorkspaceFormat, setWorkspaceFormat, type WorkspaceFormat } from '../../shared/model/workspaceFormat';

/**
 * Registers a new, empty workspace on this device, in the currency and number
 * locale of this device (Settings changes them). Written before anything opens
 * it: a device joining through an invite never writes defaults of its own.
 */
export async function createWorkspace(meta: MetaStore, name: string, format: WorkspaceFormat = initialWorkspaceFormat()): Promise<WorkspaceMeta> {
  const now = Date.now();
  const workspace: WorkspaceMeta = { id: newId(), name: name.trim() || 'My workspace', createdAt: now, lastOpenedAt: now };
  const doc = new Y.Doc();
  setWorkspaceFormat(doc, format);
  const store = await DocStore.open(workspace.id);
  await store.putSnapshots([[WORKSPACE_DOC, Y.encodeStateAsUpdate(doc)]]);
  await store.close();
  await meta.putWorkspace(workspace);
  return workspace;
}

/**
 * Writes a generated workspace into a new store: all docs as snapshots in one
 * transaction. Used for the first-run sample (about 40 customers).
 */
export async function createSampleWorkspace(meta: MetaStore, customers = 40): Promise<WorkspaceMeta> {
  const format = initialWorkspaceFormat();
  // The generator writes notebooks with a headless editor: fetched when a sample is asked for, not with the app.
  const { generateSampleWorkspace } = await import('../../shared/sample/generator');
  const workspace = await createWorkspace(meta, 'Sample workspace', format);
  // Working hours of this device's zone: calls at 10:30 on a Tuesday, as the user reads them.
  const sample = generateSampleWorkspace({ customers, now: Date.now(), currency: format.currency, timeZone: deviceTimeZone() });
  setWorkspaceFormat(sample.workspace, format);
  const store = await DocStore.open(workspace.id);
  const docs: [string, Uint8Array][] = [[WORKSPACE_DOC, Y.encodeStateAsUpdate(sample.workspace)]];
  for (const [id, doc] of sample.customers) docs.push([customerDocName(id), Y.encodeStateAsUpdate(doc)]);
  await store.putSnapshots(docs);
  await store.close();
  return workspace;
}
