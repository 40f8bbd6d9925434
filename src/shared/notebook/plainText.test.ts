import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNotebook, readNotebookText } from './headless';
import { notebookPlainText } from './plainText';

describe('notebookPlainText', () => {
  it('reads the same words as a headless editor, block by block', () => {
    const doc = new Y.Doc();
    createNotebook(doc, '# Title\n\nHello **bold** world\n\n- a\n- b\n\n1. one\n\n- [ ] task\n\n> quote with [link](https://x.example)');
    const fast = notebookPlainText(doc);
    expect(fast.split('\n')).toEqual(['Title', 'Hello bold world', 'a', 'b', 'one', 'task', 'quote with link']);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(fast)).toEqual(words(readNotebookText(doc)));
  });

  it('is empty for a doc without a notebook', () => {
    expect(notebookPlainText(new Y.Doc())).toBe('');
  });
});
