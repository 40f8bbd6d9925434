import { $addUpdateTag, COLLABORATION_TAG, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import type { Binding } from '@lexical/yjs';

/**
 * Fills the editor of a fresh binding (createNotebookBinding) from what its root
 * XmlText already holds.
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
