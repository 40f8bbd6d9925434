/**
 * The sync state, as an element with role "status". Until a relay is set up in
 * Settings the workspace lives on this device only, which it says plainly.
 */
export function SyncStatus() {
  return (
    <div className="sync-status" role="status" data-state="offline" title="No relay is configured: everything is saved on this device.">
      Offline
    </div>
  );
}
