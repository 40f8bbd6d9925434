import { useEffect, type RefObject } from 'react';

/**
 * Opens a <dialog> as modal once it is mounted, so focus moves into it (to its
 * autofocus field or button). Focus goes back to its trigger when it closes,
 * however it closes, through focusReturn.ts (installed once for every dialog).
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const element = dialog.current;
    // Not closed on cleanup: a close event would reach onClose while StrictMode re-runs the effect.
    if (element && !element.open) element.showModal();
  }, [dialog]);
}
