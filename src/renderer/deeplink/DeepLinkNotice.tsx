import { useRef } from 'react';
import { useModalDialog } from '../ui/useModalDialog';

/** Why a link did not open: a workspace not on this device, or a damaged link. */
export function DeepLinkNotice(props: { title: string; message: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog ref={dialog} className="dialog" role="alertdialog" aria-labelledby="deep-link-notice-title" aria-describedby="deep-link-notice-message" onClose={props.onClose}>
      <h2 id="deep-link-notice-title">{props.title}</h2>
      <p id="deep-link-notice-message">{props.message}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => dialog.current?.close()}>
          OK
        </button>
      </div>
    </dialog>
  );
}
