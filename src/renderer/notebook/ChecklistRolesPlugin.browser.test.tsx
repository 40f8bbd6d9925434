import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { NOTEBOOK_NODES } from '../../shared/notebook/nodes';
import { notebookTheme } from './theme';
import { ChecklistRolesPlugin } from './ChecklistRolesPlugin';

function Capture({ onEditor }: { onEditor: (editor: LexicalEditor) => void }) {
  const [editor] = useLexicalComposerContext();
  onEditor(editor);
  return null;
}

const item = (text: string, checked = false) => $createListItemNode(checked).append($createParagraphNode().append($createTextNode(text)));
const update = (editor: LexicalEditor, fn: () => void) => new Promise<void>((resolve) => editor.update(fn, { onUpdate: resolve }));

/** The roles of every list and list item, in document order: what a screen reader is told. */
function roles(host: HTMLElement): string[] {
  return [...host.querySelectorAll('.editor ul, .editor ol, .editor li')].map((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? '-'}`);
}

describe('ChecklistRolesPlugin', () => {
  let root: Root | undefined;
  afterEach(() => root?.unmount());

  it('makes a checklist a group of checkboxes, a wrapper of a nested checklist presentational, and a list turned to bullets a list again', async () => {
    let editor: LexicalEditor | undefined;
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    root.render(
      <LexicalComposer initialConfig={{ namespace: 'test', nodes: [...NOTEBOOK_NODES], theme: notebookTheme, onError: (e) => { throw e; } }}>
        <RichTextPlugin contentEditable={<ContentEditable className="editor" aria-label="Notebook" />} ErrorBoundary={LexicalErrorBoundary} />
        <ListPlugin />
        <CheckListPlugin />
        <ChecklistRolesPlugin />
        <Capture onEditor={(e) => (editor = e)} />
      </LexicalComposer>,
    );
    await expect.poll(() => editor?.getRootElement()).toBeTruthy();
    const ed = editor!;

    await update(ed, () => {
      const nested = $createListNode('check').append(item('sub task'));
      $getRoot().clear().append($createListNode('check').append(item('call back', true), $createListItemNode().append(nested), item('send quote')));
    });
    expect(roles(host)).toEqual(['ul:group', 'li:checkbox', 'li:none', 'ul:group', 'li:checkbox', 'li:checkbox']);
    expect(host.querySelector('li[aria-checked="true"]')?.textContent).toBe('call back');

    // Ticking an item re-renders it: its roles stay.
    await update(ed, () => {
      const list = $getRoot().getFirstChild();
      if ($isListNode(list)) list.getChildren()[2].getWritable();
    });
    expect(roles(host)).toEqual(['ul:group', 'li:checkbox', 'li:none', 'ul:group', 'li:checkbox', 'li:checkbox']);

    // The outer list as bullets: a plain list of list items again; the nested checklist stays a group.
    await update(ed, () => {
      const list = $getRoot().getFirstChild();
      if ($isListNode(list)) list.setListType('bullet');
    });
    expect(roles(host)).toEqual(['ul:-', 'li:-', 'li:-', 'ul:group', 'li:checkbox', 'li:-']);
  });
});
