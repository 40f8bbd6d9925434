import { useSyncState } from './useSyncState';
import { explainSyncProblem } from './syncProblem';

/**
 * The sync state, as an element with role "status": "Synced", "Syncing N",
 * "Offline" or the error, in words ("The relay refused this token: ask for a new
 * invite."). It says Synced only when the relay has acknowledged everything this
 * device wrote. Why it is offline is in the tooltip and in Settings -> Sync.
 */
export function SyncStatus() {
  const state = useSyncState();
  const text =
    state.kind === 'synced' ? 'Synced' : state.kind === 'syncing' ? `Syncing ${state.pending}` : state.kind === 'offline' ? 'Offline' : explainSyncProblem(state.problem);
  const title = state.kind === 'offline' ? explainSyncProblem(state.problem) : state.kind === 'synced' ? 'Everything is on the relay.' : text;
  return (
    <div className="sync-status" role="status" data-state={state.kind} title={title}>
      {text}
    </div>
  );
}
