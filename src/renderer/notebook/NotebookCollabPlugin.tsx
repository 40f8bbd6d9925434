import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  createUndoManager,
  initLocalState,
  setLocalStateFocus,
  syncCursorPositions,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
} from '@lexical/yjs';
import { BLUR_COMMAND, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_EDITOR, FOCUS_COMMAND, REDO_COMMAND, SKIP_COLLAB_TAG, UNDO_COMMAND } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { CD_ROOT } from '../../shared/model/customerDoc';
import { loadNotebookFromYjs } from '../../shared/notebook/loadFromYjs';
import { createNotebookBinding, forgetCollabNodes } from '../../shared/notebook/notebookBinding';
import { skipCleanSubtrees } from '../../shared/notebook/skipCleanSubtrees';
import { awarenessProvider } from '../../shared/notebook/awarenessProvider';
import { benchMark } from '../bench/registry';

/**
 * Binds the editor straight to the customer's live Y.Doc (@lexical/yjs's
 * binding, our own wiring).
 *
 * Lexical's CollaborationPlugin wants a provider that brings the content in as
 * Yjs events, so the editor used to get a doc of its own, fed the customer
 * doc's whole state on every open and bridged to it update by update: every
 * open decoded the customer twice, and the plugin took three renders to get
 * there. Here one effect creates the binding, loads the doc's notebook into
 * the editor (loadNotebookFromYjs), and wires the same listeners the plugin
 * would: Yjs -> editor, editor -> Yjs, the Yjs UndoManager behind
 * undo/redo (scoped to the notebook, tracking only this editor's edits, so
 * loading and remote edits are never undone), focus and cursors in the
 * awareness. The notebook is on screen in the first paint after the doc loads.
 *
 * It must be the editor's last plugin, and load in a passive effect: the other
 * plugins register their node transforms in theirs, and registering a transform
 * marks every existing node of its type dirty, so loading first would run the
 * link, list and markdown transforms over the whole notebook on every open.
 * Loaded after them, the notebook goes in once, without transforms, as every
 * Yjs change does. (A customer page renders synchronously, whose passive
 * effects run before the paint.)
 *
 * `awareness` is the live sync provider's (keyed by the doc's client id, so
 * Lexical knows which cursor is ours); offline, a local one stands in.
 */
export function NotebookCollabPlugin({ doc, awareness, name, color }: { doc: Y.Doc; awareness?: Awareness; name: string; color: string }) {
  const [editor] = useLexicalComposerContext();
  const [cursors] = useState(() => document.createElement('div'));

  useEffect(() => {
    benchMark('notebook-effect');
    const provider = awarenessProvider(awareness ?? new Awareness(doc), !awareness);
    const binding: Binding = createNotebookBinding(editor, CD_ROOT, doc);
    skipCleanSubtrees(binding);
    // Remote cursors and selections are drawn here, positioned against the page (as Lexical's plugin does).
    document.body.append(cursors);
    binding.cursorsContainer = cursors;
    const root = binding.root.getSharedType();

    const fromYjs = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
      if (transaction.origin === binding) return;
      syncYjsChangesToLexical(binding, provider, events as never, transaction.origin instanceof Y.UndoManager);
    };
    root.observeDeep(fromYjs as never);
    const stopToYjs = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (tags.has(SKIP_COLLAB_TAG)) return;
      syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    });
    benchMark('notebook-bound');
    loadNotebookFromYjs(binding);
    benchMark('notebook-state-built');

    const undoManager = createUndoManager(binding, root);
    const undoState = () => {
      editor.dispatchCommand(CAN_UNDO_COMMAND, undoManager.undoStack.length > 0);
      editor.dispatchCommand(CAN_REDO_COMMAND, undoManager.redoStack.length > 0);
    };
    undoManager.on('stack-item-added', undoState);
    undoManager.on('stack-item-popped', undoState);
    undoManager.on('stack-cleared', undoState);

    const rootElement = editor.getRootElement();
    const focused = rootElement !== null && rootElement.ownerDocument.activeElement === rootElement;
    initLocalState(provider, name, color, focused, {});
    const onAwareness = () => syncCursorPositions(binding, provider);
    provider.awareness.on('update', onAwareness);
    // Others should not see our cursor for the awareness timeout after we leave.
    const leave = () => provider.awareness.setLocalState(null);
    window.addEventListener('pagehide', leave);

    const stopCommands = mergeRegister(
      editor.registerCommand(UNDO_COMMAND, () => (undoManager.undo(), true), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(REDO_COMMAND, () => (undoManager.redo(), true), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(FOCUS_COMMAND, () => (setLocalStateFocus(provider, name, color, true, {}), false), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(BLUR_COMMAND, () => (setLocalStateFocus(provider, name, color, false, {}), false), COMMAND_PRIORITY_EDITOR),
    );

    return () => {
      stopCommands();
      window.removeEventListener('pagehide', leave);
      provider.awareness.off('update', onAwareness);
      // The shared live awareness outlives this editor: drop our cursor from it.
      if (awareness) setLocalStateFocus(provider, name, color, false, {});
      undoManager.destroy();
      stopToYjs();
      root.unobserveDeep(fromYjs as never);
      binding.root.destroy(binding);
      // The doc outlives the editor (it stays loaded for a while): leave no collab nodes behind.
      forgetCollabNodes(root);
      delete (root as unknown as { _collabNode?: unknown })._collabNode;
      provider.disconnect();
      cursors.replaceChildren();
      cursors.remove();
    };
  }, [editor, doc, awareness, name, color, cursors]);

  return null;
}

