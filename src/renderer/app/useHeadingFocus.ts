import { useEffect, useRef, type RefObject } from 'react';
import { focusIsLost, focusPageHeading, pageHeading } from '../ui/pageHeading';

/**
 * After a navigation (sidebar, palette, a deep link, back and forward: every
 * change of the shown route), focus moves to the new view's heading, so a
 * screen reader names the page and Tab goes on from its top, not from the
 * link in the sidebar. Done here once for every view. A view whose chunk is
 * still loading gets its heading focused when it appears. The window's first
 * view takes focus only when nothing has it (a workspace opened from the
 * first-run screen or Settings, whose button is gone).
 */
export function useHeadingFocus(main: RefObject<HTMLElement | null>, routeKey: string): void {
  const shownBefore = useRef(false);
  useEffect(() => {
    const first = !shownBefore.current;
    shownBefore.current = true;
    const root = main.current;
    if (!root || (first && !focusIsLost())) return;
    // Once: a heading that cannot take focus now (a dialog is open over it) is not chased later.
    if (pageHeading(root)) return void focusPageHeading(root);
    const observer = new MutationObserver(() => {
      if (!pageHeading(root)) return;
      observer.disconnect();
      focusPageHeading(root);
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [main, routeKey]);
}
