import { useEffect, useState } from 'react';
import { desktopBridge, bridgeErrorMessage, type LanHostEntry } from '../../shared/ipc/bridge';
import { encodeInvite } from '../../shared/sync/invite';
import { newId } from '../../shared/ids';
import { useApp } from '../app/AppContext';
import { useSession } from '../workspace/SessionContext';
import { FindHostsIcon, HostIcon, StopHostingIcon } from '../ui/icons';

/**
 * Peer to peer on the LAN (desktop only): host this workspace with the embedded
 * relay, advertised over mDNS, and hand teammates the invite code; or find hosts
 * nearby. The web build can join a host (with its invite code) but not host.
 */
export function LanHosting() {
  const bridge = desktopBridge();
  const app = useApp();
  const session = useSession();
  const [hosting, setHosting] = useState<{ url: string; invite: string } | null>(null);
  const [hosts, setHosts] = useState<LanHostEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!bridge) return;
    void bridge.lan.status().then((status) => {
      if (status.hosting && status.workspaceId === session.meta.id && app.syncConfig) {
        setHosting({ url: status.url, invite: encodeInvite({ relay: status.url, workspaceId: session.meta.id, token: app.syncConfig.token, name: session.meta.name }) });
      }
    });
  }, [bridge, session, app.syncConfig]);

  if (!bridge) {
    return (
      <section className="panel" aria-labelledby="lan-title">
        <h2 id="lan-title">On this network</h2>
        <p className="hint">Hosting a workspace for colleagues on the same network needs the desktop app. This web version can join a host with its invite code.</p>
      </section>
    );
  }

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(bridgeErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    run(async () => {
      // A fresh secret for this hosting session; the invite carries it, mDNS never does.
      const token = app.syncConfig?.token && app.syncConfig.token.length >= 8 ? app.syncConfig.token : `${newId()}${newId()}`.replace(/-/g, '');
      const info = await bridge.lan.startHosting({ workspaceId: session.meta.id, token, workspaceName: session.meta.name });
      // The host's own window syncs through its relay like everyone else's.
      await app.saveSync({ relayUrl: info.url, token, enabled: true });
      setHosting({ url: info.url, invite: encodeInvite({ relay: info.url, workspaceId: session.meta.id, token, name: session.meta.name }) });
    });

  const stop = () =>
    run(async () => {
      await bridge.lan.stopHosting();
      if (app.syncConfig) await app.saveSync({ ...app.syncConfig, enabled: false });
      setHosting(null);
    });

  return (
    <section className="panel" aria-labelledby="lan-title">
      <h2 id="lan-title">On this network</h2>
      {hosting ? (
        <>
          <p>
            Hosting <strong>{session.meta.name}</strong> on this network. Give teammates this invite code (its address is under Advanced):
          </p>
          <textarea readOnly aria-label="LAN invite code" value={hosting.invite} rows={2} onFocus={(e) => e.currentTarget.select()} />
          <button disabled={busy} onClick={() => void stop()}>
            <StopHostingIcon aria-hidden="true" />
            Stop hosting
          </button>
        </>
      ) : (
        <button className="primary" disabled={busy} onClick={() => void start()}>
          <HostIcon aria-hidden="true" />
          Host on this network
        </button>
      )}
      <button disabled={busy} onClick={() => void run(async () => setHosts(await bridge.lan.discover()))}>
        <FindHostsIcon aria-hidden="true" />
        Find hosts nearby
      </button>
      {hosts && (
        <ul className="compact" aria-label="Hosts nearby">
          {hosts.length === 0 && <li className="muted">No Rapport host found on this network.</li>}
          {hosts.map((h) => (
            <li key={`${h.host}:${h.port}:${h.workspaceId}`}>
              <strong>{h.workspaceName || h.name}</strong> — ask its host for the invite code.
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
