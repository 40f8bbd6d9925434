import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import type { WorkspaceSession } from './session';

export const SessionContext = createContext<WorkspaceSession | null>(null);

export function useSession(): WorkspaceSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside an open workspace');
  return session;
}

/** Every card (archived included), re-rendering when any card changes. */
export function useCards(): CustomerCard[] {
  const session = useSession();
  useSyncExternalStore(
    (cb) => session.cards.subscribe(cb),
    () => session.cards.version,
  );
  return session.cards.all();
}

export function useCard(id: string): CustomerCard | undefined {
  const session = useSession();
  useSyncExternalStore(
    (cb) => session.cards.subscribe((changed) => changed.has(id) && cb()),
    () => session.cards.get(id),
  );
  return session.cards.get(id);
}

/** A customer's doc, loaded from the local store; undefined until it is ready. */
export function useCustomerDoc(id: string): Y.Doc | undefined {
  const session = useSession();
  // Already in memory (prefetched on hover, or open elsewhere): shown in the first render,
  // not one effect and one paint later. Kept with its id, so a new id never shows the old doc.
  const [state, setState] = useState<{ id: string; doc: Y.Doc | undefined }>(() => ({ id, doc: session.loadedCustomerDoc(id) }));
  useEffect(() => {
    let live = true;
    const handle = session.openCustomer(id);
    // The doc usually showed in the first render already: then there is nothing to render again.
    void handle.ready.then((ready) => live && setState((shown) => (shown.id === id && shown.doc === ready ? shown : { id, doc: ready })));
    return () => {
      live = false;
      handle.release();
    };
  }, [session, id]);
  return state.id === id ? state.doc : session.loadedCustomerDoc(id);
}

/**
 * A value read from Y types of a doc, read again when those types change (not
 * on every update of the doc: typing in the notebook must not re-render the
 * profile). `read` should be a stable function.
 */
// Any Y type can be observed; their event types differ, hence `any` here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyYType = Y.AbstractType<any>;

export function useYValue<T>(doc: Y.Doc, types: (doc: Y.Doc) => AnyYType[], read: (doc: Y.Doc) => T): T {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const observed = types(doc);
    const bump = () => setVersion((v) => v + 1);
    for (const type of observed) type.observeDeep(bump);
    return () => {
      for (const type of observed) type.unobserveDeep(bump);
    };
  }, [doc, types]);
  return useMemo(() => read(doc), [doc, read, version]);
}
