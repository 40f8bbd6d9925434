/**
 * Gives a selection that has no range at all a collapsed one at the start of the body.
 *
 * Chromium lays out the whole page when a script reads a selection that has no
 * range (even `rangeCount`, to find it empty), and Lexical reads the selection
 * at the start of every editor update. Opening a customer renders the page and
 * then loads the notebook in one task: with no range, that read laid out the
 * half-built page (about 7-10 ms on this machine) only for the frame to lay it
 * out again with the notebook in it. Called before a page renders, while layout
 * is still clean (so this read is cheap), it leaves Chromium a range to report.
 * A collapsed range in the body selects nothing, shows no caret and moves no
 * focus; a selection the user made is never touched.
 */
export function anchorEmptySelection(): void {
  const selection = document.getSelection();
  if (selection && selection.rangeCount === 0) selection.collapse(document.body, 0);
}
