import { isDocPeople, type DocPeople } from '../../shared/model/docPeople';
import type { WorkspaceSession } from '../workspace/session';

/**
 * Who every customer doc of the workspace names (but `removed`), from the
 * digests once they are complete, so Undo import can tell whether a member it
 * added is still referred to without decoding thousands of docs. A customer
 * without a current digest (its doc not on this device yet) counts as unknown.
 */
export async function peopleInStoredDocs(session: WorkspaceSession, removed: ReadonlySet<string>): Promise<(DocPeople | null)[]> {
  await session.derived.loaded;
  await session.derived.settle();
  return session.cards
    .all()
    .filter((card) => !removed.has(card.id))
    .map((card) => {
      const people = session.derived.digests.get(card.id)?.people;
      return isDocPeople(people) ? people : null;
    });
}
