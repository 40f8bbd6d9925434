import { useEffect, useState, useSyncExternalStore } from 'react';
import { useSession } from '../workspace/SessionContext';
import type { SyncManager, SyncState } from './syncManager';

/** The session's sync manager (null when local only), re-rendering when sync starts or stops. */
export function useSyncManager(): SyncManager | null {
  const session = useSession();
  const [, setVersion] = useState(0);
  useEffect(() => session.onSyncChange(() => setVersion((v) => v + 1)), [session]);
  return session.sync;
}

const LOCAL: SyncState = { kind: 'offline', problem: { kind: 'local' } };

export function useSyncState(): SyncState {
  const sync = useSyncManager();
  return useSyncExternalStore(
    (cb) => (sync ? sync.subscribe(cb) : () => undefined),
    () => (sync ? sync.state : LOCAL),
  );
}
