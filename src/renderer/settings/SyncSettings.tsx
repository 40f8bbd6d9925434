import './settings.css';
import { useState, type FormEvent } from 'react';
import { useApp } from '../app/AppContext';
import { useSession } from '../workspace/SessionContext';
import { syncConfigSchema } from '../sync/syncConfig';
import { encodeInvite } from '../../shared/sync/invite';
import { useSyncState } from '../sync/useSyncState';
import { JoinForm } from '../sync/JoinForm';
import { inviteLinkFor } from '../deeplink/inviteLink';
import { explainSyncProblem, isSyncFailing } from '../sync/syncProblem';
import type { SyncConfig } from '../sync/syncConfig';
import type { SyncState } from '../sync/syncManager';
import { ConnectIcon, CopyIcon, DisconnectIcon } from '../ui/icons';

/** Where sync stands, in a sentence; null when no relay is set up. */
function syncSentence(config: SyncConfig | null, state: SyncState): string | null {
  if (!config) return null;
  if (!config.enabled) return 'Sync is paused: changes are saved on this device and sent when you connect again.';
  // Sync starts once the workspace is loaded: until then the state is still "local".
  if (state.kind === 'offline' && state.problem.kind === 'local') return 'Connecting to the relay…';
  if (state.kind === 'offline' || state.kind === 'error') return explainSyncProblem(state.problem);
  return state.kind === 'synced' ? 'Synced: everything on this device is on the relay.' : 'Syncing with the relay…';
}

/**
 * Relay URL and token for this workspace, what state sync is in (in words), an
 * invite for teammates (only while sync works: a teammate would meet the same
 * problem), and joining with an invite. Ids and the relay command line are in
 * Settings -> Advanced.
 */
export function SyncSettings() {
  const app = useApp();
  const session = useSession();
  const state = useSyncState();
  const [relayUrl, setRelayUrl] = useState(app.syncConfig?.relayUrl ?? '');
  const [token, setToken] = useState(app.syncConfig?.token ?? '');
  const [error, setError] = useState<string | null>(null);

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = syncConfigSchema.safeParse({ relayUrl: relayUrl.trim(), token: token.trim(), enabled: true });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the relay URL and token.');
    setError(null);
    await app.saveSync(parsed.data);
  };

  const sentence = syncSentence(app.syncConfig, state);
  const failing = (state.kind === 'offline' || state.kind === 'error') && isSyncFailing(state.problem);
  const canInvite = app.syncConfig?.enabled === true && !failing;
  const invite = canInvite && app.syncConfig ? { relay: app.syncConfig.relayUrl, workspaceId: session.meta.id, token: app.syncConfig.token, name: session.meta.name } : null;
  const code = invite ? encodeInvite(invite) : null;
  const link = invite ? inviteLinkFor(invite) : null;

  return (
    <section className="panel" aria-labelledby="sync-title">
      <h2 id="sync-title">Sync</h2>
      <p className="hint">
        Connect this workspace to a relay to share it with your team and your other devices. Everything keeps working offline and merges when you are back.
      </p>
      <form onSubmit={connect} aria-label="Relay">
        <label className="stack">
          Relay URL
          <input value={relayUrl} onChange={(e) => setRelayUrl(e.target.value)} placeholder="ws://relay.example:4455" />
        </label>
        <label className="stack">
          Token
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
        </label>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">
            <ConnectIcon aria-hidden="true" />
            {app.syncConfig?.enabled ? 'Reconnect' : 'Connect'}
          </button>
          {app.syncConfig?.enabled && (
            <button type="button" onClick={() => void app.saveSync({ ...app.syncConfig!, enabled: false })}>
              <DisconnectIcon aria-hidden="true" />
              Disconnect
            </button>
          )}
        </div>
      </form>
      {sentence && (
        <p className={failing ? 'sync-sentence error-text' : 'sync-sentence'} aria-live="polite" data-state={failing ? 'failing' : state.kind}>
          {sentence}
        </p>
      )}
      {app.syncConfig?.enabled && failing && (
        <p className="hint sync-held">No invite while sync is failing: a teammate joining now would meet the same problem. The invite code and link show here again once this device syncs.</p>
      )}
      {code && (
        <div className="field">
          <span className="field-label">Invite code (carries the relay and the token: share it only with teammates)</span>
          <textarea readOnly aria-label="Invite code" value={code} rows={2} onFocus={(e) => e.currentTarget.select()} />
          <button onClick={() => void navigator.clipboard?.writeText(code)}>
            <CopyIcon aria-hidden="true" />
            Copy invite code
          </button>
        </div>
      )}
      {link && (
        <div className="field">
          <span className="field-label">Invite link (opens Rapport, which asks before joining; it carries the token too)</span>
          <textarea readOnly aria-label="Invite link" value={link} rows={2} onFocus={(e) => e.currentTarget.select()} />
          <button onClick={() => void navigator.clipboard?.writeText(link)}>
            <CopyIcon aria-hidden="true" />
            Copy invite link
          </button>
        </div>
      )}
      <JoinForm label="Join with an invite code" />
    </section>
  );
}
