import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createHeadlessEditor } from '@lexical/headless';
import { syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Binding, type Provider } from '@lexical/yjs';
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import { createNotebook } from './headless';
import { loadNotebookFromYjs } from './loadFromYjs';
import { createNotebookBinding } from './notebookBinding';
import { awarenessProvider } from './awarenessProvider';
import { NOTEBOOK_NAMESPACE, NOTEBOOK_NODES } from './nodes';

const RICH = [
  '# Plan',
  'Met **Ada** and *Grace*, see [site](https://example.com) and `code`.',
  '- call Ada\n- send quote\n  - nested detail',
  '1. first\n2. second',
  '- [ ] follow up\n- [x] done',
  '> a quote',
  '## Next',
  '',
].join('\n\n');

function provider(doc: Y.Doc): Provider {
  return awarenessProvider(new Awareness(doc), true);
}

function bind(doc: Y.Doc): { editor: LexicalEditor; binding: Binding; provider: Provider } {
  const editor = createHeadlessEditor({ namespace: NOTEBOOK_NAMESPACE, nodes: [...NOTEBOOK_NODES], onError: (e) => { throw e; } });
  const binding = createNotebookBinding(editor, 'test', doc);
  return { editor, binding, provider: provider(doc) };
}

/** The editor state as plain data, without node keys (which differ per editor). */
function shape(editor: LexicalEditor): unknown {
  return editor.getEditorState().toJSON();
}

/** How @lexical/yjs itself loads content: an empty doc observed by the binding receives the state as one update. */
function loadThroughEvents(source: Y.Doc): LexicalEditor {
  const copy = new Y.Doc();
  const { editor, binding, provider: p } = bind(copy);
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, p, events as never, false);
  });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  editor.update(() => undefined, { discrete: true });
  return editor;
}

describe('loadNotebookFromYjs', () => {
  it('builds the same editor state from a loaded doc as the Yjs events of its content would', () => {
    const doc = new Y.Doc();
    createNotebook(doc, RICH);
    const { editor, binding } = bind(doc);
    loadNotebookFromYjs(binding, true);
    const types = editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getType()));
    expect(types).toEqual(['heading', 'paragraph', 'list', 'list', 'list', 'quote', 'heading']);
    expect(shape(editor)).toEqual(shape(loadThroughEvents(doc)));
  });

  it('binds the editor to the loaded doc: later edits on either side flow through', () => {
    const doc = new Y.Doc();
    createNotebook(doc, '## Notes\n\nfirst');
    const { editor, binding, provider: p } = bind(doc);
    editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjs(binding, p, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    });
    binding.root.getSharedType().observeDeep((events, transaction) => {
      if (transaction.origin !== binding) syncYjsChangesToLexical(binding, p, events as never, false);
    });
    loadNotebookFromYjs(binding, true);
    // Loading wrote nothing back into the doc.
    const before = Y.encodeStateVector(doc);
    editor.update(() => undefined, { discrete: true });
    expect(Y.encodeStateVector(doc)).toEqual(before);

    // An edit in the editor reaches the doc...
    editor.update(
      () => setFirstText($getRoot().getLastChild(), 'first, edited'),
      { discrete: true },
    );
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(text(loadThroughEvents(other))).toContain('first, edited');

    // ...and an edit from another device reaches the editor.
    const remote = bind(other);
    loadNotebookFromYjs(remote.binding, true);
    remote.editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjs(remote.binding, remote.provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    });
    const sv = Y.encodeStateVector(other);
    remote.editor.update(() => setFirstText($getRoot().getFirstChild(), 'Notes from afar'), { discrete: true });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, sv), 'remote');
    editor.update(() => undefined, { discrete: true });
    expect(text(editor)).toContain('Notes from afar');
    expect(text(editor)).toContain('first, edited');
  });

  it('a doc bound a second time (another page visit, a remount) shows its text once', () => {
    const doc = new Y.Doc();
    createNotebook(doc, '## Notes\n\nfirst');
    for (let visit = 0; visit < 3; visit++) {
      const { editor, binding } = bind(doc);
      loadNotebookFromYjs(binding, true);
      expect(text(editor)).toBe('Notes\n\nfirst');
      binding.root.destroy(binding);
    }
  });

  it('leaves an editor over an empty notebook root empty (nothing to load, nothing written)', () => {
    const doc = new Y.Doc();
    const { editor, binding } = bind(doc);
    loadNotebookFromYjs(binding, true);
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(0);
    expect(Y.encodeStateAsUpdate(doc).length).toBeLessThan(4);
  });
});

function text(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

/** Replaces the text of a block's first text node. */
function setFirstText(block: LexicalNode | null, value: string): void {
  const first = $isElementNode(block) ? block.getFirstDescendant() : null;
  if (!$isTextNode(first)) throw new Error('expected a block with text');
  first.setTextContent(value);
}
