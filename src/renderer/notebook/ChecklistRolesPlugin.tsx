import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ListItemNode, ListNode } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import { applyChecklistRoles } from './checklistRoles';

/**
 * Keeps the notebook's checklists announced as groups of checkboxes (see
 * applyChecklistRoles). Mutation listeners run after Lexical has written the DOM,
 * each time a list or a list item is created or re-rendered (and once at start for
 * what is there), which is when Lexical may have reset an item's role. They only
 * touch the DOM: no editor.read() here (DESIGN.md, known traps).
 */
export function ChecklistRolesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const apply = () => {
      const root = editor.getRootElement();
      if (root) applyChecklistRoles(root);
    };
    return mergeRegister(
      editor.registerMutationListener(ListNode, apply),
      editor.registerMutationListener(ListItemNode, apply),
      editor.registerRootListener(apply),
    );
  }, [editor]);
  return null;
}
