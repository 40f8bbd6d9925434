import * as Y from 'yjs';
import { CD_ROOT } from '../model/customerDoc';

/**
 * The notebook's text, one line per block, read straight from the Yjs structure
 * @lexical/yjs writes (blocks are Y.XmlText embedded in the root, list items
 * nested inside). No editor is made: a re-import compares against thousands of
 * notebooks, and a headless editor per notebook would cost seconds.
 */
export function notebookLines(doc: Y.Doc): string[] {
  const root = doc.get(CD_ROOT, Y.XmlText) as Y.XmlText;
  const lines: string[] = [];
  const walk = (node: Y.XmlText): void => {
    let text = '';
    for (const op of node.toDelta() as { insert: unknown }[]) {
      if (typeof op.insert === 'string') text += op.insert;
      else if (op.insert instanceof Y.XmlText) {
        if (text.trim()) lines.push(text);
        text = '';
        walk(op.insert);
      }
    }
    if (text.trim()) lines.push(text);
  };
  walk(root);
  return lines.map(normalizeLine).filter(Boolean);
}

/** How lines are compared: spacing and case do not make a line new. */
export function normalizeLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim().toLowerCase();
}
