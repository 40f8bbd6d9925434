import { useEffect, useRef, useState } from 'react';
import { relayHostOf, type JoinLink } from '../../shared/deeplink/deepLink';
import { useModalDialog } from '../ui/useModalDialog';
import { useYouDraft, YouFields } from '../people/YouFields';

/**
 * "Join workspace?": a join link never joins by itself. Shows what the invite
 * names (workspace, relay host) and joins only on "Join", through the same
 * join as Settings' invite code. Cancel (or Escape) has focus first, so a key
 * already on its way cannot confirm.
 */
export function JoinConfirmDialog(props: { link: JoinLink; alreadyOnDevice: boolean; onJoin: () => Promise<void>; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useModalDialog(dialog);
  // After showModal (which would focus the first field, the name): Cancel first, always.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const [you, setYou, saveYou] = useYouDraft();
  const { invite } = props.link;
  const unencrypted = invite.relay.startsWith('ws://');

  const join = async () => {
    setBusy(true);
    setError(null);
    try {
      // Teammates see the name from the first thing this device writes in the workspace.
      await saveYou();
      await props.onJoin();
      dialog.current?.close();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="join-link-title"
      aria-describedby="join-link-description"
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      onClose={props.onClose}
    >
      <h2 id="join-link-title">Join workspace?</h2>
      <p id="join-link-description">A link asks to join a shared workspace. Join only if a teammate sent it to you.</p>
      <dl className="join-link-facts">
        <dt>Workspace</dt>
        <dd>{invite.name}</dd>
        <dt>Relay</dt>
        <dd>{relayHostOf(invite)}</dd>
      </dl>
      <YouFields draft={you} onChange={setYou} idPrefix="join-link" />
      {props.alreadyOnDevice && <p className="muted">This workspace is already on this device: joining connects it to this relay.</p>}
      {unencrypted && <p className="muted">The connection to this relay is not encrypted (ws://).</p>}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button ref={cancel} type="button" disabled={busy} onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void join()}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </div>
    </dialog>
  );
}
