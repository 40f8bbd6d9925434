import './pageHeading.css';

/**
 * The page's heading (the view's h1, or the first-run screen's), made focusable
 * from script only (tabIndex -1: never a Tab stop). Focus goes there after a
 * navigation, and after a dialog closes whose trigger is gone, so a screen
 * reader names the page and the next Tab starts at the top of its content.
 */
export function pageHeading(root: ParentNode = document): HTMLElement | null {
  // The first h1: a view's own comes before any inside it (a notebook's "# Heading" is an h1 too).
  const heading = root.querySelector<HTMLElement>('main h1') ?? root.querySelector<HTMLElement>('h1');
  // The attribute, not the property: an h1 without one already reads tabIndex -1 but cannot take focus.
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

/** Focuses the page heading without scrolling (the view is already shown from its top); false when there is none yet. */
export function focusPageHeading(root?: ParentNode): boolean {
  const heading = pageHeading(root);
  if (!heading) return false;
  heading.focus({ preventScroll: true });
  return document.activeElement === heading;
}

/** Whether nothing has focus: the page body, or an element no longer on the page. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}
