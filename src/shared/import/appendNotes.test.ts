import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendNoteBlocks, removeNoteBlocks } from './appendNotes';
import { appendNotebookMarkdown, createNotebook, readNotebookMarkdown } from '../notebook/headless';

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
