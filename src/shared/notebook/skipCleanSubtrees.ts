import { $getNodeByKey, type NodeKey, type NodeMap } from 'lexical';
import type { Binding } from '@lexical/yjs';

type SyncChild = (
  this: unknown,
  binding: Binding,
  index: number,
  key: NodeKey,
  prevNodeMap: null | NodeMap,
  dirtyElements: null | Map<NodeKey, boolean>,
  dirtyLeaves: null | Set<NodeKey>,
) => void;

const PATCHED = Symbol.for('rapport.skipCleanSubtrees');

/**
 * Makes @lexical/yjs skip unchanged blocks when it writes an edit to Yjs.
 *
 * On every update, CollabElementNode.syncChildrenFromLexical walks all of an
 * element's children and recurses into each one, reading every block's Yjs
 * properties to find that nothing changed: in a 5,000-paragraph notebook that is
 * about 9 ms per keystroke, most of the keystroke's cost. Lexical marks every
 * changed node, and every ancestor of one, dirty (dirtyElements / dirtyLeaves),
 * and never mutates a node in place (a changed node is a new object in the next
 * editor state), so a child that is in neither set and is the same object in the
 * previous and next state has a subtree with nothing to write: for it, the walk
 * would only read. This skips exactly those children; all others go through the
 * library's own code, unchanged. It patches the prototype of the binding's
 * root collab node (the class is not exported), once per page.
 */
export function skipCleanSubtrees(binding: Binding): void {
  const proto = Object.getPrototypeOf(binding.root) as { _syncChildFromLexical: SyncChild; [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const original = proto._syncChildFromLexical;
  if (typeof original !== 'function') return; // a Lexical version without it: leave it alone
  proto._syncChildFromLexical = function (binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves) {
    if (prevNodeMap !== null && dirtyElements !== null && dirtyLeaves !== null && !dirtyElements.has(key) && !dirtyLeaves.has(key)) {
      const next = $getNodeByKey(key);
      if (next !== null && prevNodeMap.get(key) === next) return;
    }
    original.call(this, binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves);
  };
  proto[PATCHED] = true;
}
