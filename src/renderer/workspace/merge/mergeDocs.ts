import type { WorkspaceSession } from '../session';
import type { MergeParties } from '../../../shared/model/merge/mergeCustomers';
import type * as MergeCode from './mergeCode';

/**
 * Opens the two customer docs of a merge (live, so what is written syncs), runs
 * `use` with them and the merge code (fetched on first use: the list's first load
 * has neither Lexical nor the merge), then lets the docs go.
 */
export async function withMergeDocs<T>(
  session: WorkspaceSession,
  keptId: string,
  otherId: string,
  use: (parties: MergeParties, code: typeof MergeCode) => T,
): Promise<T> {
  const kept = session.openCustomer(keptId);
  const other = session.openCustomer(otherId);
  try {
    const [code, keptDoc, otherDoc] = await Promise.all([import('./mergeCode'), kept.ready, other.ready]);
    return use({ workspace: session.doc, keptId, kept: keptDoc, otherId, other: otherDoc }, code);
  } finally {
    kept.release();
    other.release();
  }
}
