import { useEffect, useState } from 'react';
import { lazyPart } from '../ui/lazyPart';
import { whenIdle } from '../ui/whenIdle';

/** cmdk and the palette's items: a chunk of their own, not in the customer list's first load (issue 15). */
/** How long after the app starts the palette's chunk is fetched (when idle): the first view comes first. */
const PRELOAD_AFTER_MS = 1500;

/** Opens the palette from a button (the sidebar's) or the app menu, as Ctrl/Cmd+K does. */
export function openPalette(): void {
  window.dispatchEvent(new Event('rapport:palette'));
}

const PaletteDialog = lazyPart('The command palette', () => import('./PaletteDialog').then((m) => m.PaletteDialog));

/**
 * Ctrl/Cmd+K (or the menu's command): jump to a customer or a view, or run an
 * action. This part only listens; the dialog is fetched once the browser is
 * idle after the app started, so it opens at once when asked for.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen((o) => !o);
      }
    };
    const onCommand = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener('rapport:palette', onCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('rapport:palette', onCommand);
    };
  }, []);

  // Fetched a moment after the first view is up (never competing with it), when the browser is idle.
  useEffect(() => {
    let cancelIdle = () => {};
    const timer = setTimeout(() => (cancelIdle = whenIdle(() => void PaletteDialog.preload(), 5000)), PRELOAD_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, []);

  return open ? <PaletteDialog onClose={() => setOpen(false)} /> : null;
}
