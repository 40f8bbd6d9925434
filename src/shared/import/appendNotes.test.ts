import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendNoteBlocks, removeNoteBlocks } from './appendNotes';
import { appendNotebookMarkdown, createNotebook, readNotebookMarkdown } from '../notebook/headless';
import { createHeadedNotebook } from '../notebook/templates';

it('appended note blocks read exactly as the same notes appended through a headless editor, and are removed by their ids alone', () => {
  const fast = new Y.Doc();
  const slow = new Y.Doc();
  for (const doc of [fast, slow]) createNotebook(doc, '# Ours\n\n- a list item\n\nA paragraph');
  const ids = appendNoteBlocks(fast, 'Imported from HubSpot', ['First line.', 'Second, with “quotes” & more.'], 'import');
  appendNotebookMarkdown(slow, '## Imported from HubSpot\n\nFirst line.\n\nSecond, with “quotes” & more.', 'import');
  expect(readNotebookMarkdown(fast)).toBe(readNotebookMarkdown(slow));
  expect(ids).toHaveLength(3);
  // The customer writes after the import, by the same client: undo takes out only the imported blocks.
  appendNotebookMarkdown(fast, 'Written later', 'user');
  removeNoteBlocks(fast, ids, 'undo');
  expect(readNotebookMarkdown(fast)).toBe('# Ours\n\n- a list item\n\nA paragraph\n\nWritten later');
});

/** The notebook's structure as plain data: block attributes, text properties and text, nested. */
function structure(type: Y.XmlText): unknown {
  return {
    attributes: type.getAttributes(),
    delta: (type.toDelta() as { insert: unknown; attributes?: unknown }[]).map((op) =>
      op.insert instanceof Y.XmlText ? structure(op.insert) : op.insert instanceof Y.Map ? { map: op.insert.toJSON() } : op,
    ),
  };
}

it('plain notes are appended as the very blocks Lexical writes; markdown still goes through Lexical', () => {
  const lines = ['Met at the fair, liked the demo.', 'Second line'];
  const appended = new Y.Doc();
  appendNoteBlocks(appended, 'Imported from HubSpot', lines, 'import');
  const created = new Y.Doc();
  createHeadedNotebook(created, 'Imported from HubSpot', lines, 'import');
  const lexical = new Y.Doc();
  createNotebook(lexical, `## Imported from HubSpot\n\n${lines.join('\n\n')}`);
  const expected = structure(lexical.get('root', Y.XmlText) as Y.XmlText);
  expect(structure(appended.get('root', Y.XmlText) as Y.XmlText)).toEqual(expected);
  expect(structure(created.get('root', Y.XmlText) as Y.XmlText)).toEqual(expected);

  // A list among the notes (a nested block with a shared type as attribute) is copied whole, not lost.
  const marked = new Y.Doc();
  const slow = new Y.Doc();
  for (const doc of [marked, slow]) createNotebook(doc, 'Ours');
  appendNoteBlocks(marked, 'Imported from HubSpot', ['**bold** and [a link](https://x.example)', '- a list item'], 'import');
  appendNotebookMarkdown(slow, '## Imported from HubSpot\n\n**bold** and [a link](https://x.example)\n\n- a list item', 'import');
  expect(readNotebookMarkdown(marked)).toBe(readNotebookMarkdown(slow));
  expect(readNotebookMarkdown(marked)).toContain('- a list item');
});
