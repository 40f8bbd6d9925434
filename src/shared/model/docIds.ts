/**
 * Names of the Yjs documents of a workspace. The store and the relay key docs
 * by these names: `workspace` for the directory, `c:<customerId>` for each
 * customer. They are room names too (`<workspaceId>/<docName>`).
 */
export const WORKSPACE_DOC = 'workspace';

export function customerDocName(customerId: string): string {
  return `c:${customerId}`;
}

export function customerIdFromDocName(name: string): string | undefined {
  return name.startsWith('c:') ? name.slice(2) : undefined;
}

/** Doc names travel over the wire and into storage keys: keep them small and plain. */
export function isValidDocName(name: string): boolean {
  return name === WORKSPACE_DOC || /^c:[A-Za-z0-9_-]{1,64}$/.test(name);
}
