import * as Y from 'yjs';
import { CD_ROOT } from '../customerDoc';
import { appendNoteBlocks, cloneBlock } from '../../import/appendNotes';
import { fingerprint, foldKey, foldsMap, readFold, type BlockId, type MergeHeader } from './mergeRecord';

const rootOf = (doc: Y.Doc) => doc.get(CD_ROOT, Y.XmlText) as Y.XmlText;

/** The notebook's top-level blocks (paragraphs, headings, lists...) with their index in the root. */
function topBlocks(doc: Y.Doc): { block: Y.XmlText; index: number; key: string }[] {
  const out: { block: Y.XmlText; index: number; key: string }[] = [];
  let index = 0;
  for (const op of rootOf(doc).toDelta() as { insert: unknown }[]) {
    if (op.insert instanceof Y.XmlText && op.insert._item) out.push({ block: op.insert, index, key: `${op.insert._item.id.client}:${op.insert._item.id.clock}` });
    index += typeof op.insert === 'string' ? op.insert.length : 1;
  }
  return out;
}

/** What a block holds (its attributes, text, formatting and nested blocks), for fingerprints and emptiness. */
function content(block: Y.XmlText): { json: unknown; text: string } {
  let text = '';
  const walk = (b: Y.XmlText): unknown => {
    const attributes = Object.fromEntries(Object.entries(b.getAttributes()).map(([k, v]) => [k, v instanceof Y.AbstractType ? (v.toJSON() as unknown) : v]));
    const ops = (b.toDelta() as { insert: unknown; attributes?: unknown }[]).map((op) => {
      if (typeof op.insert === 'string') {
        text += op.insert;
        return [op.insert, op.attributes ?? null];
      }
      if (op.insert instanceof Y.XmlText) return walk(op.insert);
      return op.insert instanceof Y.AbstractType ? (op.insert.toJSON() as unknown) : op.insert;
    });
    return [attributes, ops];
  };
  return { json: walk(block), text };
}

export const mergedNotesHeading = (otherName: string) => `Notes from ${otherName.trim() || 'the merged customer'} (merged)`;

/**
 * Copies the other customer's notebook blocks that are new or changed since the
 * last fold into the kept notebook, under a heading, after what was copied
 * before. A changed block replaces its copy when nobody edited the copy;
 * otherwise the new version goes in beside it, so neither edit is lost. Empty
 * blocks are not copied (until someone types in them). Runs inside the caller's
 * transaction. Returns the new heading's id when it wrote one.
 */
export function foldNotebook(kept: Y.Doc, other: Y.Doc, otherId: string, header: MergeHeader): { changed: boolean; heading: BlockId | null } {
  const folds = foldsMap(kept);
  const pending = topBlocks(other)
    .map((source) => ({ ...source, content: content(source.block) }))
    .map((source) => ({ ...source, fp: fingerprint(source.content.json), fold: readFold(kept, foldKey(otherId, 'b', source.key)) }))
    .filter((source) => source.fold?.fp !== source.fp && (source.fold || source.content.text.trim() !== ''));
  if (pending.length === 0) return { changed: false, heading: null };

  const root = rootOf(kept);
  let heading: BlockId | null = null;
  const keptBlocks = new Map(topBlocks(kept).map((b) => [b.key, b]));
  const headingKey = header.heading ? `${header.heading[0]}:${header.heading[1]}` : null;
  if (!headingKey || !keptBlocks.has(headingKey)) {
    const [id] = appendNoteBlocks(kept, mergedNotesHeading(header.otherName), [], undefined);
    heading = id ?? null;
  }
  // New copies go after the last block this merge wrote (the heading at least), keeping the other's notes together.
  const written = new Set<string>(heading ? [`${heading[0]}:${heading[1]}`] : headingKey ? [headingKey] : []);
  folds.forEach((raw, key) => {
    if (!key.startsWith(`${otherId}\u0000b\u0000`)) return;
    const dest = (raw as { dest?: unknown }).dest;
    if (Array.isArray(dest)) written.add(`${dest[0]}:${dest[1]}`);
  });
  let position = root.length;
  if (!heading) {
    const indices = [...written].map((key) => keptBlocks.get(key)?.index ?? -1);
    const last = Math.max(-1, ...indices);
    if (last >= 0) position = last + 1;
  }

  for (const source of pending) {
    const copy = cloneBlock(source.block);
    const dest = Array.isArray(source.fold?.dest) ? keptBlocks.get(`${source.fold.dest[0]}:${source.fold.dest[1]}`) : undefined;
    if (dest && fingerprint(content(dest.block).json) === source.fold?.fp) {
      // The copy is as it was folded: the newer version takes its place.
      root.delete(dest.index, 1);
      root.insertEmbed(dest.index, copy);
    } else {
      root.insertEmbed(position, copy);
      position++;
    }
    folds.set(foldKey(otherId, 'b', source.key), { fp: source.fp, dest: [copy._item!.id.client, copy._item!.id.clock] });
  }
  return { changed: true, heading };
}

/** The notebook's plain text, block by block (tests, and the merge dialog's preview). */
export function notebookBlockTexts(doc: Y.Doc): string[] {
  return topBlocks(doc).map((b) => content(b.block).text);
}
