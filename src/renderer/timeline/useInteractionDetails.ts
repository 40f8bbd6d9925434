import { useSyncExternalStore } from 'react';
import type { WorkspaceSession } from '../workspace/session';
import { useSession } from '../workspace/SessionContext';
import { InteractionDetailCache } from './interactionDetails';

// One cache per open workspace: going to a customer and back does not reload what was on screen.
const caches = new WeakMap<WorkspaceSession, InteractionDetailCache>();

/** The session's interaction detail cache; re-renders when details arrive. */
export function useInteractionDetails(): InteractionDetailCache {
  const session = useSession();
  let found = caches.get(session);
  if (!found) caches.set(session, (found = new InteractionDetailCache((id) => session.openCustomer(id))));
  const cache = found;
  useSyncExternalStore(cache.subscribe, () => cache.version);
  return cache;
}
