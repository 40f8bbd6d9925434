import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createHeadedNotebook } from './templates';
import { createNotebook, readNotebookMarkdown, readNotebookText } from './headless';

describe('templated notebooks', () => {
  it('write the same notebook as Lexical does for plain text', () => {
    const fast = new Y.Doc();
    createHeadedNotebook(fast, 'Imported from HubSpot', ['Met at the fair, liked the demo.', 'Second line'], 'test');
    const slow = new Y.Doc();
    createNotebook(slow, '## Imported from HubSpot\n\nMet at the fair, liked the demo.\n\nSecond line');
    expect(readNotebookMarkdown(fast)).toBe(readNotebookMarkdown(slow));
    expect(readNotebookText(fast)).toBe(readNotebookText(slow));
  });

  it('fall back to Lexical for markdown, many paragraphs or odd text', () => {
    const doc = new Y.Doc();
    createHeadedNotebook(doc, 'Imported', ['**bold** and [link](https://x.example)', '- a list'], 'test');
    expect(readNotebookMarkdown(doc)).toContain('**bold**');
    const many = new Y.Doc();
    createHeadedNotebook(many, 'Imported', Array.from({ length: 20 }, (_, i) => `Paragraph ${i}`), 'test');
    expect(readNotebookText(many)).toContain('Paragraph 19');
  });

  it('a templated notebook is edited like any other (two docs do not interfere)', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    createHeadedNotebook(a, 'Imported', ['Alpha'], 'test');
    createHeadedNotebook(b, 'Imported', ['Beta'], 'test');
    expect(readNotebookText(a)).toContain('Alpha');
    expect(readNotebookText(b)).toContain('Beta');
    expect(readNotebookText(a)).not.toContain('Beta');
  });
});
