import './settings.css';
import { useEffect, useState } from 'react';
import { desktopBridge } from '../../shared/ipc/bridge';
import { useApp } from '../app/AppContext';
import { useSession } from '../workspace/SessionContext';
import { DemoWorkspacePanel } from './DemoWorkspacePanel';

/** The embedded relay's address while this desktop app hosts the open workspace on the LAN. */
function useLanAddress(workspaceId: string): string | null {
  const bridge = desktopBridge();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let live = true;
    void bridge.lan.status().then((status) => {
      if (live) setUrl(status.hosting && status.workspaceId === workspaceId ? status.url : null);
    });
    return () => {
      live = false;
    };
  }, [bridge, workspaceId]);
  return url;
}

/**
 * Settings -> Advanced, folded by default: what only whoever runs a relay or
 * debugs sync needs (ids, the relay command line, LAN addresses), and the demo
 * workspace generator. Everyday settings never show ids.
 */
export function AdvancedSettings() {
  const app = useApp();
  const session = useSession();
  const lanUrl = useLanAddress(session.meta.id);
  const id = session.meta.id;
  return (
    <details className="panel advanced">
      <summary>Advanced</summary>
      <section aria-labelledby="ids-title">
        <h3 id="ids-title">Identifiers</h3>
        <dl className="id-list">
          <dt>Workspace id</dt>
          <dd>
            <code>{id}</code>
          </dd>
          <dt>Your id on this device</dt>
          <dd>
            <code>{app.user.id}</code>
          </dd>
          {app.syncConfig && (
            <>
              <dt>Relay in use</dt>
              <dd>
                <code>{app.syncConfig.relayUrl}</code>
              </dd>
            </>
          )}
          {lanUrl && (
            <>
              <dt>LAN relay (hosted by this app)</dt>
              <dd>
                <code>{lanUrl}</code>
              </dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="relay-cli-title">
        <h3 id="relay-cli-title">Run a relay for this workspace</h3>
        <p className="hint">Start the relay with this workspace&rsquo;s id and a token of your choice, then enter its address and that token under Sync.</p>
        <pre className="command">
          <code>{`npm run relay -- --port 4455 --data-dir ./relay-data --tokens ${id}:<token>`}</code>
        </pre>
      </section>
      <DemoWorkspacePanel />
    </details>
  );
}
