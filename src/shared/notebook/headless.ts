import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { createHeadlessEditor } from '@lexical/headless';
import { syncLexicalUpdateToYjs, type Binding, type Provider } from '@lexical/yjs';
import { $convertFromMarkdownString, $convertToMarkdownString, $generateNodesFromMarkdownString } from '@lexical/markdown';
import { $getRoot, type LexicalEditor } from 'lexical';
import { NOTEBOOK_NAMESPACE, NOTEBOOK_NODES, NOTEBOOK_TRANSFORMERS } from './nodes';
import { CD_ROOT } from '../model/customerDoc';
import { loadNotebookFromYjs } from './loadFromYjs';
import { createNotebookBinding } from './notebookBinding';
import { awarenessProvider } from './awarenessProvider';

/** Headless editors have no peers: a provider that never connects, with a local awareness. */
function offlineProvider(doc: Y.Doc): Provider {
  return awarenessProvider(new Awareness(doc), true);
}

function newHeadlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: NOTEBOOK_NAMESPACE,
    nodes: [...NOTEBOOK_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

interface HeadlessSession {
  editor: LexicalEditor;
  binding: Binding;
  dispose(): void;
}

/** Binds a headless editor to `doc`'s notebook root; edits to the editor are written to the doc. */
function bindHeadless(doc: Y.Doc, origin: unknown): HeadlessSession {
  const editor = newHeadlessEditor();
  const provider = offlineProvider(doc);
  const binding = createNotebookBinding(editor, 'headless', doc);
  const removeUpdate = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    doc.transact(() => {
      syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    }, origin);
  });
  return {
    editor,
    binding,
    dispose: () => {
      removeUpdate();
      provider.disconnect();
    },
  };
}

/**
 * Writes the first content of a new notebook: exactly once, when the customer is
 * created, so no editor ever bootstraps (two bootstraps would duplicate content).
 * `markdown` may be empty: the notebook then holds one empty paragraph.
 */
export function createNotebook(doc: Y.Doc, markdown = '', origin: unknown = 'create'): void {
  const root = doc.get(CD_ROOT, Y.XmlText) as Y.XmlText;
  if (root.length > 0) throw new Error('This notebook already has content: it must not be bootstrapped twice.');
  const session = bindHeadless(doc, origin);
  try {
    session.editor.update(
      () => {
        $convertFromMarkdownString(markdown, NOTEBOOK_TRANSFORMERS);
      },
      { discrete: true },
    );
  } finally {
    session.dispose();
  }
}

/** Loads a notebook into a headless editor, read-only, for export and indexing. */
export function withNotebook<T>(source: Y.Doc, read: (editor: LexicalEditor) => T): T {
  return withMirror(source, false, (editor) => read(editor));
}

/**
 * A headless editor over a copy of `source`'s notebook. With `writable`, edits
 * made in `use` are written to the copy and returned as one Yjs update. A copy,
 * because `source` may be open in a notebook editor, and a shared type can
 * belong to one Lexical binding at a time.
 */
function withMirror<T>(source: Y.Doc, writable: boolean, use: (editor: LexicalEditor, mirror: Y.Doc) => T): T {
  const mirror = new Y.Doc({ gc: false });
  Y.applyUpdate(mirror, Y.encodeStateAsUpdate(source), 'load');
  const editor = newHeadlessEditor();
  const provider = offlineProvider(mirror);
  const binding = createNotebookBinding(editor, 'mirror', mirror);
  const removeUpdate = writable
    ? editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
        // Loading the copy is not an edit: only what `use` changes goes back.
        if (tags.has('collaboration')) return;
        syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
      })
    : () => undefined;
  try {
    loadNotebookFromYjs(binding, true);
    return use(editor, mirror);
  } finally {
    removeUpdate();
    provider.disconnect();
    mirror.destroy();
  }
}

/**
 * Appends markdown blocks to the end of an existing notebook (imports adding
 * notes to a customer). The new blocks are written by a client id of their own,
 * which is returned, so they can be told apart (and removed) later.
 */
export function appendNotebookMarkdown(doc: Y.Doc, markdown: string, origin: unknown = 'append'): number {
  return withMirror(doc, true, (editor, mirror) => {
    const before = Y.encodeStateVector(doc);
    editor.update(
      () => {
        const nodes = $generateNodesFromMarkdownString(markdown, NOTEBOOK_TRANSFORMERS);
        $getRoot().append(...nodes);
      },
      { discrete: true },
    );
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(mirror, before), origin);
    return mirror.clientID;
  });
}

export function readNotebookText(doc: Y.Doc): string {
  return withNotebook(doc, (editor) => editor.getEditorState().read(() => $getRoot().getTextContent()));
}

export function readNotebookMarkdown(doc: Y.Doc): string {
  return withNotebook(doc, (editor) => editor.getEditorState().read(() => $convertToMarkdownString(NOTEBOOK_TRANSFORMERS)));
}
