import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNotebook, readNotebookMarkdown, readNotebookText, withNotebook } from './headless';
import { $getRoot } from 'lexical';
import { isSafeUrl } from './safeUrl';

describe('headless notebook', () => {
  it('creates a notebook from markdown and reads its text and markdown back', () => {
    const doc = new Y.Doc();
    createNotebook(doc, '# Plan\n\n- call Ada\n- send quote\n\n- [ ] follow up\n\n> a quote\n\nSee [site](https://example.com) and **bold**');
    expect(readNotebookText(doc)).toContain('call Ada');
    const markdown = readNotebookMarkdown(doc);
    expect(markdown).toContain('# Plan');
    expect(markdown).toContain('- call Ada');
    expect(markdown).toContain('- [ ] follow up');
    expect(markdown).toContain('[site](https://example.com)');
    expect(markdown).toContain('**bold**');
    const types = withNotebook(doc, (editor) => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getType())));
    expect(types).toEqual(['heading', 'list', 'list', 'quote', 'paragraph']);
  });

  it('refuses to bootstrap a notebook twice', () => {
    const doc = new Y.Doc();
    createNotebook(doc, 'hello');
    expect(() => createNotebook(doc, 'again')).toThrow(/bootstrapped twice/);
    expect(readNotebookText(doc)).toBe('hello');
  });

  it('content written headlessly reaches another device unchanged', () => {
    const a = new Y.Doc();
    createNotebook(a, '## Shared\n\nnotes');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readNotebookMarkdown(b)).toBe(readNotebookMarkdown(a));
  });

  it('only web and mail links are safe', () => {
    expect(isSafeUrl('https://example.com')).toBe(true);
    expect(isSafeUrl('mailto:a@b.c')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl(' JavaScript:alert(1)')).toBe(false);
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeUrl('https://')).toBe(false);
    expect(isSafeUrl('data:text/html,<script>')).toBe(false);
    expect(isSafeUrl('not a url')).toBe(false);
  });
});
