import { createYjsBinding, type Binding } from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import { CD_ROOT } from '../model/customerDoc';

/** Notebook roots that a binding may have left collab nodes on (see forgetCollabNodes). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shared type
const bound = new WeakSet<Y.AbstractType<any>>();

/**
 * A @lexical/yjs binding of `editor` to `doc`'s notebook. Every binding in the
 * app is made here, so a root bound before (another visit to the page, the
 * headless editor that wrote a new notebook) is cleared of the old binding's
 * collab nodes first, and a root fresh from the store is not walked for nothing
 * (a 300-block notebook has ~5,000 shared items: a millisecond or two on open).
 */
export function createNotebookBinding(editor: LexicalEditor, id: string, doc: Y.Doc): Binding {
  const root = doc.get(CD_ROOT, Y.XmlText);
  if (bound.has(root)) forgetCollabNodes(root);
  bound.add(root);
  return createYjsBinding({ editor, id, doc, docMap: new Map([[id, doc]]), rootName: CD_ROOT });
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
  bound.delete(root);
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
