import { notebookTheme } from './theme';

const CHECKLIST_CLASS = notebookTheme.list?.checklist;

/**
 * Gives the notebook's checklists roles a screen reader and axe accept.
 *
 * Lexical renders a checklist as a <ul> whose leaf <li>s carry role="checkbox"
 * (so its keyboard handling can focus and toggle them). A list may own only list
 * items, so such a <ul> is announced as a broken list (axe: "list", serious).
 * As a group of checkboxes it is what it shows: role="group". An item that only
 * wraps a nested checklist gets no checkbox role from Lexical; inside a group it
 * would be a list item without a list, so it is presentational (role="none").
 * Nothing needs taking back: a list that changes type gets a new element from
 * Lexical, and an item's role is rewritten by Lexical each time it re-renders
 * (which it does when it moves to another list).
 */
export function applyChecklistRoles(root: ParentNode): void {
  if (CHECKLIST_CLASS === undefined) return;
  for (const list of root.querySelectorAll<HTMLElement>(`ul.${CHECKLIST_CLASS}`)) {
    if (list.getAttribute('role') !== 'group') list.setAttribute('role', 'group');
    for (const item of list.children) {
      if (item.tagName === 'LI' && !item.hasAttribute('role')) item.setAttribute('role', 'none');
    }
  }
}
