import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createHeadlessEditor } from '@lexical/headless';
import { syncLexicalUpdateToYjs, type Binding } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { $isListItemNode } from '@lexical/list';
import { Awareness } from 'y-protocols/awareness';
import { createNotebook } from './headless';
import { loadNotebookFromYjs } from './loadFromYjs';
import { createNotebookBinding } from './notebookBinding';
import { skipCleanSubtrees } from './skipCleanSubtrees';
import { awarenessProvider } from './awarenessProvider';
import { NOTEBOOK_NAMESPACE, NOTEBOOK_NODES } from './nodes';

const BLOCKS = Array.from({ length: 300 }, (_, i) => (i % 10 === 0 ? `## Section ${i}` : i % 7 === 3 ? `- item ${i}\n- second ${i}` : `Paragraph ${i} with **bold** text`));

function editorOver(doc: Y.Doc): { editor: LexicalEditor; binding: Binding } {
  const editor = createHeadlessEditor({ namespace: NOTEBOOK_NAMESPACE, nodes: [...NOTEBOOK_NODES], onError: (e) => { throw e; } });
  const binding = createNotebookBinding(editor, 'test', doc);
  const provider = awarenessProvider(new Awareness(doc), true);
  editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  loadNotebookFromYjs(binding, true);
  return { editor, binding };
}

/** What another device would show: the doc's state loaded into a fresh editor. */
function asLoadedElsewhere(doc: Y.Doc): unknown {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return editorOver(copy).editor.getEditorState().toJSON();
}

describe('skipCleanSubtrees', () => {
  it('writes every kind of edit to Yjs exactly: the doc loads back as the editor shows it', () => {
    const doc = new Y.Doc();
    createNotebook(doc, BLOCKS.join('\n\n'));
    const { editor, binding } = editorOver(doc);
    skipCleanSubtrees(binding);
    const edits: [string, () => void][] = [
      ['type into a middle paragraph', () => {
        const text = firstText(55);
        if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()} and more`);
      }],
      ['bold a word', () => {
        const text = firstText(120);
        if ($isTextNode(text)) text.toggleFormat('bold');
      }],
      ['turn a paragraph into a heading', () => {
        const block = $getRoot().getChildAtIndex(200);
        if ($isElementNode(block)) block.replace($createHeadingNode('h3').append(...block.getChildren()));
      }],
      ['indent a list item', () => {
        const list = $getRoot().getChildren().find((n) => n.getType() === 'list');
        const item = $isElementNode(list) ? list.getLastChild() : null;
        if ($isListItemNode(item)) item.setIndent(1);
      }],
      ['delete a block', () => $getRoot().getChildAtIndex(10)?.remove()],
      ['insert a block', () => $getRoot().getChildAtIndex(250)?.insertAfter($createParagraphNode().append($createTextNode('inserted'))) ],
      ['edit the last block', () => {
        const text = $getRoot().getLastDescendant();
        if ($isTextNode(text)) text.setTextContent('the end');
      }],
    ];
    for (const [name, edit] of edits) {
      editor.update(edit, { discrete: true });
      expect(asLoadedElsewhere(doc), name).toEqual(editor.getEditorState().toJSON());
    }
  });

  it('a keystroke in one block of 300 visits that block, not all of them', () => {
    const doc = new Y.Doc();
    createNotebook(doc, BLOCKS.join('\n\n'));
    const { editor, binding } = editorOver(doc);
    skipCleanSubtrees(binding);
    const proto = Object.getPrototypeOf(binding.root) as { syncPropertiesFromLexical: (...args: unknown[]) => void };
    const original = proto.syncPropertiesFromLexical;
    let visits = 0;
    proto.syncPropertiesFromLexical = function (...args: unknown[]) {
      visits++;
      original.apply(this, args);
    };
    try {
      editor.update(() => {
        const text = firstText(150);
        if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()}x`);
      }, { discrete: true });
    } finally {
      proto.syncPropertiesFromLexical = original;
    }
    expect(visits).toBeGreaterThan(0);
    expect(visits).toBeLessThan(5);
    expect(asLoadedElsewhere(doc)).toEqual(editor.getEditorState().toJSON());
  });
});

function firstText(index: number) {
  const block = $getRoot().getChildAtIndex(index);
  return $isElementNode(block) ? block.getFirstDescendant() : null;
}
