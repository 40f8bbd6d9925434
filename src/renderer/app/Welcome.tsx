import { useState } from 'react';
import { useApp } from './AppContext';

/** First run: never open empty-handed. */
export function Welcome() {
  const app = useApp();
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <main className="welcome">
      <h1>Welcome to Rapport</h1>
      <p>Every customer is a relationship notebook: who they are, every interaction, where they stand, and what you promised next. Everything stays on this device first.</p>
      <div className="welcome-actions">
        <button className="primary" disabled={busy} onClick={() => run(app.openSample)}>
          Open sample workspace
        </button>
        <button disabled={busy} onClick={() => run(() => app.createWorkspace('My workspace'))}>
          Start an empty workspace
        </button>
      </div>
      <form
        className="welcome-join"
        aria-label="Join a workspace"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          setBusy(true);
          app.joinWithInvite(invite).catch((err: unknown) => {
            setError(err instanceof Error ? err.message : String(err));
            setBusy(false);
          });
        }}
      >
        <label className="stack">
          Or join a teammate’s workspace with an invite code
          <input value={invite} onChange={(e) => setInvite(e.target.value)} placeholder="rapport-invite:…" />
        </label>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || !invite.trim()}>
          Join workspace
        </button>
      </form>
      {busy && <p role="status">Preparing your workspace…</p>}
    </main>
  );
}
