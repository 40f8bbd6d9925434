import type * as Y from 'yjs';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { AutoLinkPlugin } from '@lexical/react/LexicalAutoLinkPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import type { Awareness } from 'y-protocols/awareness';
import { autoLinkEmailMatcher, autoLinkUrlMatcher } from '@lexical/link';
import { NOTEBOOK_NAMESPACE, NOTEBOOK_NODES, NOTEBOOK_TRANSFORMERS } from '../../shared/notebook/nodes';
import { isSafeUrl } from '../../shared/notebook/safeUrl';
import { useApp } from '../app/AppContext';
import { ChecklistRolesPlugin } from './ChecklistRolesPlugin';
import { NotebookCollabPlugin } from './NotebookCollabPlugin';
import { NotebookToolbar } from './NotebookToolbar';
import { notebookTheme } from './theme';

const MATCHERS = [autoLinkUrlMatcher, autoLinkEmailMatcher];

/**
 * The notebook: a Lexical editor bound to the customer doc through @lexical/yjs.
 * Never bootstraps (notebooks are created headlessly with the customer); undo and
 * redo come from the Yjs UndoManager that NotebookCollabPlugin installs, so
 * Lexical's own History plugin is not used.
 */
export function NotebookEditor({ doc, awareness }: { doc: Y.Doc; awareness?: Awareness }) {
  const app = useApp();

  const initialConfig: InitialConfigType = {
    namespace: NOTEBOOK_NAMESPACE,
    nodes: [...NOTEBOOK_NODES],
    theme: notebookTheme,
    // The editor's state comes from the doc (NotebookCollabPlugin), never from here.
    editorState: null,
    onError: (error) => {
      console.error('Notebook error', error);
    },
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="notebook">
        <NotebookToolbar />
        <div className="editor-shell">
          <RichTextPlugin
            contentEditable={<ContentEditable className="editor" aria-label="Notebook" spellCheck />}
            placeholder={<div className="editor-placeholder">Write what you learn about this customer… (# heading, - list, [] checklist, &gt; quote)</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <ListPlugin />
        <CheckListPlugin />
        <ChecklistRolesPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <AutoLinkPlugin matchers={MATCHERS} />
        <MarkdownShortcutPlugin transformers={NOTEBOOK_TRANSFORMERS} />
        <TabIndentationPlugin />
        {/* Last: see NotebookCollabPlugin. */}
        <NotebookCollabPlugin doc={doc} awareness={awareness} name={app.user.name} color={app.user.color} />
      </div>
    </LexicalComposer>
  );
}
