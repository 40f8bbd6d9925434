import { focusIsLost, focusPageHeading } from './pageHeading';

/** What counts as a dialog: native <dialog>s and ARIA ones (the command palette's Radix dialog, popovers). */
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"]';

/**
 * Focus back to what opened a dialog once the dialog is gone, for every dialog
 * in the app, whoever wrote it: installed once, at start (main.tsx).
 *
 * Why not each dialog on its own: Chromium gives focus back itself only when a
 * <dialog> is closed with close() (Escape) and stays on the page; a dialog that
 * React removes (Cancel, Save, Done: the usual way a dialog closes here) takes
 * focus with it to the body, and so does the palette's Radix dialog, which
 * returns focus only to a Radix trigger.
 *
 * How: when focus first enters a dialog, the element it came from
 * (relatedTarget) is that dialog's trigger: a button, a link, or the field
 * where a shortcut was pressed. While any dialog is known, a MutationObserver
 * sees it leave the page (or close); if focus is then nowhere, it goes back to
 * the trigger, or to the page heading when the trigger is gone too (or there
 * was none: a deep link, the app menu). Focus that went somewhere on purpose
 * (a view's heading after the dialog navigated) is left alone.
 */
export function installFocusReturn(): () => void {
  const triggers = new Map<Element, HTMLElement | null>();

  const onMutation = () => {
    let lost = false;
    let target: HTMLElement | null = null;
    for (const [dialog, trigger] of triggers) {
      const open = dialog.isConnected && !(dialog instanceof HTMLDialogElement && !dialog.open);
      if (open) continue;
      triggers.delete(dialog);
      // Closed with nothing focused before it, Chromium leaves focus on the hidden button that closed it.
      if (focusIsLost() || dialog.contains(document.activeElement)) {
        lost = true;
        target = trigger;
      }
    }
    if (triggers.size === 0) observer.disconnect();
    if (!lost) return;
    if (target?.isConnected) target.focus({ preventScroll: true });
    if (!target || document.activeElement !== target) focusPageHeading();
  };
  const observer = new MutationObserver(onMutation);

  const onFocusIn = (event: FocusEvent) => {
    const dialog = event.target instanceof Element ? event.target.closest(DIALOG) : null;
    if (!dialog || triggers.has(dialog)) return;
    const from = event.relatedTarget;
    triggers.set(dialog, from instanceof HTMLElement && !dialog.contains(from) ? from : null);
    // Watched only while a dialog is open: no work for the list's scrolling the rest of the time.
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
  };

  document.addEventListener('focusin', onFocusIn, true);
  return () => {
    document.removeEventListener('focusin', onFocusIn, true);
    observer.disconnect();
    triggers.clear();
  };
}
