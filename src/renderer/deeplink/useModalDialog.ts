import { useEffect, type RefObject } from 'react';

/**
 * Opens a <dialog> as modal once it is mounted, so focus moves into it (to its
 * autofocus button). Closing it (close(), Escape) gives focus back to what had
 * it before: Chromium's dialog does that itself, tested in deeplinks.spec.ts.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const element = dialog.current;
    // Not closed on cleanup: a close event would reach onClose while StrictMode re-runs the effect.
    if (element && !element.open) element.showModal();
  }, [dialog]);
}
