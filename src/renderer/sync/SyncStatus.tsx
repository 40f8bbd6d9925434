import { useSyncState } from './useSyncState';

/**
 * The sync state, as an element with role "status": "Synced", "Syncing N",
 * "Offline" or the error. It says Synced only when the relay has acknowledged
 * everything this device wrote.
 */
export function SyncStatus() {
  const state = useSyncState();
  const text =
    state.kind === 'synced' ? 'Synced' : state.kind === 'syncing' ? `Syncing ${state.pending}` : state.kind === 'offline' ? 'Offline' : state.message;
  const title = state.kind === 'offline' ? state.detail : state.kind === 'synced' ? 'Everything is on the relay.' : text;
  return (
    <div className="sync-status" role="status" data-state={state.kind} title={title}>
      {text}
    </div>
  );
}
