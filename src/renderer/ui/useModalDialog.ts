import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { focusIsLost, focusPageHeading } from './pageHeading';

/**
 * Focus back to what opened a dialog once the dialog is gone: its trigger (a
 * button, a link, the field where a shortcut was pressed), or the page heading
 * when there was none or it is gone too. Every dialog uses this, the native
 * <dialog>s through useModalDialog and the command palette (Radix) directly:
 * a dialog that React removes from the page takes focus with it to the body,
 * and Chromium's own return (on close()) does not happen then.
 */
export function useFocusReturn(): void {
  // undefined until the dialog first mounts: StrictMode's second run of the effect must not take the dialog's own field for the trigger.
  const trigger = useRef<HTMLElement | null | undefined>(undefined);
  // A layout effect: it runs before the dialog takes focus (showModal and Radix's focus scope run later).
  useLayoutEffect(() => {
    if (trigger.current !== undefined) return;
    const active = document.activeElement;
    trigger.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, []);
  // A passive effect's cleanup runs after React removed the dialog, when the rest of the page is no longer inert.
  useEffect(
    () => () => {
      // Focus that went somewhere on purpose stays there (the heading of a view a dialog navigated to).
      if (!focusIsLost()) return;
      const target = trigger.current;
      if (target?.isConnected) target.focus({ preventScroll: true });
      if (focusIsLost()) focusPageHeading();
    },
    [],
  );
}

/**
 * Opens a <dialog> as modal once it is mounted, so focus moves into it (to its
 * autofocus field or button), and gives focus back to its trigger when it
 * closes: Escape, Cancel or Save, whether it is closed with close() or simply
 * unmounted (useFocusReturn).
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): void {
  useFocusReturn();
  useEffect(() => {
    const element = dialog.current;
    // Not closed on cleanup: a close event would reach onClose while StrictMode re-runs the effect.
    if (element && !element.open) element.showModal();
  }, [dialog]);
}
