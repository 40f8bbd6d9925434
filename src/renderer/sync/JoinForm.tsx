import { useState } from 'react';
import { useApp } from '../app/AppContext';

/**
 * Joins a teammate's workspace from an invite code; shows why a code is refused. The
 * person's name is asked by the page around it: the first run's fields (saved by
 * `beforeJoin`), or Settings -> People right above it.
 */
export function JoinForm({ label, className, onBusy, beforeJoin }: { label: string; className?: string; onBusy?: (busy: boolean) => void; beforeJoin?: () => Promise<void> }) {
  const app = useApp();
  const [invite, setInvite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const busyChanged = (value: boolean) => {
    setBusy(value);
    onBusy?.(value);
  };
  return (
    <form
      className={className}
      aria-label="Join a workspace"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        busyChanged(true);
        (beforeJoin ?? (() => Promise.resolve()))()
          .then(() => app.joinWithInvite(invite))
          .catch((err: unknown) => {
          setError(err instanceof Error ? err.message : String(err));
          busyChanged(false);
        });
      }}
    >
      <label className="stack">
        {label}
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
  );
}
