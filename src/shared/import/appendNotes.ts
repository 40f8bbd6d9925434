import * as Y from 'yjs';
import { CD_ROOT } from '../model/customerDoc';
import { createHeadedNotebook, templatedBlocks } from '../notebook/templates';

/** A copy of a block (and everything inside it) that is not in any doc yet (imports append notes, merges copy a notebook). */
export function cloneBlock(block: Y.XmlText): Y.XmlText {
  const copy = new Y.XmlText();
  // A nested block (a list item) can hold a shared type as an attribute: it is copied too, as a
  // type already in a doc cannot be put into another (Yjs would throw and the list be lost).
  for (const [key, value] of Object.entries(block.getAttributes())) copy.setAttribute(key, (value instanceof Y.AbstractType ? value.clone() : value) as never);
  const delta = (block.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]).map((op) => {
    if (op.insert instanceof Y.XmlText) return { ...op, insert: cloneBlock(op.insert) };
    if (op.insert instanceof Y.AbstractType) return { ...op, insert: op.insert.clone() };
    return op;
  });
  copy.applyDelta(delta);
  return copy;
}

/**
 * Appends "## heading" and one paragraph per line to a customer's notebook, as
 * appendNotebookMarkdown would but without a headless editor per customer (a
 * merge into 10,000 customers): plain text is put into copies of the template's
 * blocks, anything else written by Lexical once and copied in. Returns the ids
 * of the blocks written, so undo removes exactly those, whoever else has
 * written to the notebook since.
 */
export function appendNoteBlocks(doc: Y.Doc, heading: string, lines: string[], origin: unknown): [client: number, clock: number][] {
  const blocks = templatedBlocks(heading, lines) ?? blocksThroughLexical(heading, lines);
  const target = doc.get(CD_ROOT, Y.XmlText) as Y.XmlText;
  doc.transact(() => {
    for (const block of blocks) target.insertEmbed(target.length, block);
  }, origin);
  return blocks.map((b) => [b._item!.id.client, b._item!.id.clock]);
}

/** Markdown and long notes: written by Lexical into a scratch doc, then copied. */
function blocksThroughLexical(heading: string, lines: string[]): Y.XmlText[] {
  // A guid given: drawing a random one costs more than the rest of a small doc.
  const scratch = new Y.Doc({ guid: 'import-scratch' });
  try {
    createHeadedNotebook(scratch, heading, lines, 'template');
    const source = scratch.get(CD_ROOT, Y.XmlText) as Y.XmlText;
    return (source.toDelta() as { insert: unknown }[]).map((op) => op.insert).filter((b): b is Y.XmlText => b instanceof Y.XmlText).map(cloneBlock);
  } finally {
    scratch.destroy();
  }
}

/** Removes the notebook's top-level blocks with these ids (an import's appended notes). */
export function removeNoteBlocks(doc: Y.Doc, ids: readonly (readonly [number, number])[], origin: unknown): void {
  const wanted = new Set(ids.map(([client, clock]) => `${client}:${clock}`));
  const root = doc.get(CD_ROOT, Y.XmlText) as Y.XmlText;
  doc.transact(() => {
    const removals: number[] = [];
    let index = 0;
    for (const op of root.toDelta() as { insert: unknown }[]) {
      const id = op.insert instanceof Y.XmlText ? op.insert._item?.id : undefined;
      if (id && wanted.has(`${id.client}:${id.clock}`)) removals.push(index);
      index += typeof op.insert === 'string' ? op.insert.length : 1;
    }
    for (const at of removals.reverse()) root.delete(at, 1);
  }, origin);
}
