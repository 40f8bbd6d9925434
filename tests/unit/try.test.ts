import { it, expect } from 'vitest';
import * as Y from 'yjs';
import { createNotebook, readNotebookText, readNotebookMarkdown } from '../../src/shared/notebook/headless';
it('roundtrip', () => {
  const d = new Y.Doc();
  const t0 = performance.now();
  createNotebook(d, '# Hello\n\n- one\n- two\n\nSee [site](https://example.com) and **bold**\n\n- [ ] task');
  const t1 = performance.now();
  const md = readNotebookMarkdown(d);
  const t2 = performance.now();
  console.log(md, readNotebookText(d), t1 - t0, t2 - t1, Y.encodeStateAsUpdate(d).length);
  let t3 = performance.now();
  for (let i = 0; i < 100; i++) { const x = new Y.Doc(); createNotebook(x, '# Notes\n\nSome paragraph with text here about the customer and more.\n\n- item one\n- item two\n\n## Next\n\nCall back next week.'); }
  console.log('100 creates', performance.now() - t3);
  expect(md).toContain('Hello');
});
