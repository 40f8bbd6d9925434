import { useState } from 'react';
import { useApp } from './AppContext';
import { JoinForm } from '../sync/JoinForm';
import { useYouDraft, YouFields } from '../people/YouFields';

/** First run: never open empty-handed. */
export function Welcome() {
  const app = useApp();
  const [busy, setBusy] = useState(false);
  const [you, setYou, saveYou] = useYouDraft();
  // The name is saved first, so the workspace's first write already carries it.
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void saveYou()
      .then(action)
      .finally(() => setBusy(false));
  };
  return (
    <main className="welcome">
      <h1>Welcome to Rapport</h1>
      <p>Every customer is a relationship notebook: who they are, every interaction, where they stand, and what you promised next. Everything stays on this device first.</p>
      <YouFields draft={you} onChange={setYou} idPrefix="welcome" />
      <div className="welcome-actions">
        <button className="primary" disabled={busy} onClick={() => run(app.openSample)}>
          Open sample workspace
        </button>
        <button disabled={busy} onClick={() => run(() => app.createWorkspace('My workspace'))}>
          Start an empty workspace
        </button>
      </div>
      <JoinForm className="welcome-join" label="Or join a teammate’s workspace with an invite code" onBusy={setBusy} beforeJoin={saveYou} />
      {busy && <p role="status">Preparing your workspace…</p>}
    </main>
  );
}
