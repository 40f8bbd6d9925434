import { $addUpdateTag, COLLABORATION_TAG, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import type { Binding } from '@lexical/yjs';
import * as Y from 'yjs';

/**
 * Fills the editor of a fresh binding from what its root XmlText already holds.
 *
 * @lexical/yjs only learns content from Yjs events that arrive after its binding
 * observes the root, so a doc loaded from the store would show an empty editor.
 * This walks the existing content exactly as the binding's own event handler
 * walks an insert of the whole tree (applyChildrenYjsDelta on the root's delta,
 * then syncChildrenFromYjs, which recurses into each block the same way), so an
 * editor can bind to the loaded doc itself instead of to a copy that is fed the
 * doc's state as one big update. The update is tagged as coming from
 * collaboration, so the binding's update listener does not write it back.
 *
 * With `discrete`, the editor state is committed before this returns (headless
 * reads); otherwise Lexical commits it in a microtask, before the next paint.
 */
export function loadNotebookFromYjs(binding: Binding, discrete = false): void {
  const root = binding.root;
  const xmlText = root.getSharedType();
  forgetCollabNodes(xmlText);
  if (xmlText.length === 0 && Object.keys(xmlText.getAttributes()).length === 0) return;
  binding.editor.update(
    () => {
      root.syncPropertiesFromYjs(binding, null);
      root.applyChildrenYjsDelta(binding, xmlText.toDelta() as Parameters<typeof root.applyChildrenYjsDelta>[1]);
      root.syncChildrenFromYjs(binding);
      // Opening a notebook must not scroll the page to wherever a selection lands.
      $addUpdateTag(SKIP_SCROLL_INTO_VIEW_TAG);
    },
    { tag: COLLABORATION_TAG, skipTransforms: true, ...(discrete ? { discrete: true } : {}) },
  );
}

/**
 * Drops the collab nodes that earlier bindings cached on the notebook's shared
 * types (every type under `root`, not `root` itself). @lexical/yjs caches one
 * per type (`_collabNode`) and never clears it, and a new binding reuses a
 * cached node with its old text: a notebook opened a second time in the same
 * doc (or written by the headless editor first) would show its text repeated.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shared type: its event type does not matter here
export function forgetCollabNodes(root: Y.AbstractType<any>): void {
  const visit = (item: Y.Item | null) => {
    for (; item !== null; item = item.right) {
      if (!(item.content instanceof Y.ContentType)) continue;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const type = item.content.type as Y.AbstractType<any> & { _collabNode?: unknown };
      delete type._collabNode;
      forgetCollabNodes(type);
    }
  };
  visit(root._start);
  for (const item of root._map.values()) visit(item);
}
