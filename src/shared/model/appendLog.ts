import type * as Y from 'yjs';

/**
 * Appends to a Y.Array used as a log (stage moves, field history).
 *
 * Y.Array#push walks the array's items from the start on every call, unless
 * the items happen to merge; log entries written between other writes never
 * merge, so a push per entry makes bulk work quadratic (51,000 cards: most of
 * an import's time). Inserting at the length goes through Yjs's search markers
 * and starts near the end.
 */
export function appendLog<T>(array: Y.Array<T>, entries: T[]): void {
  array.insert(array.length, entries);
}
