import path from 'node:path';
import { isValidDocName, WORKSPACE_DOC } from '../shared/model/docIds';

/**
 * Where docs live on disk:
 *   <dataDir>/<workspaceId>/workspace.ylog      the workspace doc
 *   <dataDir>/<workspaceId>/c.<customerId>.ylog  a customer doc
 * Names are validated (isValidDocName, isValidWorkspaceId) before they get
 * here, so no path can escape the data directory. The colon of `c:<id>` is
 * written as a dot: colons are not allowed in Windows file names.
 */
export const DOC_EXT = '.ylog';

export function docFileName(docName: string): string {
  if (!isValidDocName(docName)) throw new Error(`invalid doc name: ${docName}`);
  return (docName === WORKSPACE_DOC ? docName : `c.${docName.slice(2)}`) + DOC_EXT;
}

export function docNameFromFileName(file: string): string | null {
  if (!file.endsWith(DOC_EXT)) return null;
  const base = file.slice(0, -DOC_EXT.length);
  const name = base === WORKSPACE_DOC ? base : base.startsWith('c.') ? `c:${base.slice(2)}` : null;
  return name !== null && isValidDocName(name) ? name : null;
}

export function workspaceDir(dataDir: string, workspaceId: string): string {
  return path.join(dataDir, workspaceId);
}

export function docFile(dataDir: string, workspaceId: string, docName: string): string {
  return path.join(workspaceDir(dataDir, workspaceId), docFileName(docName));
}
