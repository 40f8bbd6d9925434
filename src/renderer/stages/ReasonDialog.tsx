import { useRef, useState, type FormEvent } from 'react';
import { STAGE_LABELS, type Stage } from '../../shared/stages';
import { useModalDialog } from '../ui/useModalDialog';

/**
 * "Move to At risk" / "Move to Lost": why, in a sentence, for the teammate who reads the
 * stage history later. The reason is optional: leaving it empty moves all the same.
 * Escape or Cancel leaves the stage as it was.
 */
export function ReasonDialog(props: { customerName: string; stage: Stage; onMove: (reason: string) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  useModalDialog(dialog);
  const label = STAGE_LABELS[props.stage];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onMove(reason.trim());
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="reason-title" aria-describedby="reason-hint" onClose={props.onClose}>
      <form onSubmit={submit}>
        <h2 id="reason-title">
          Move {props.customerName || 'this customer'} to {label}
        </h2>
        <label>
          Reason
          <textarea autoFocus rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby="reason-hint" />
        </label>
        <p className="hint" id="reason-hint">
          Optional. Shown in the stage history and the timeline.
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Move to {label}
          </button>
        </div>
      </form>
    </dialog>
  );
}
