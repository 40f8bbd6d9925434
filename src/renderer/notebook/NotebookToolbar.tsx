import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  $createParagraphNode,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type TextFormatType,
} from 'lexical';
import { $setBlocksType } from '@lexical/selection';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import { isSafeUrl } from '../../shared/notebook/safeUrl';

const FORMATS: { format: TextFormatType; label: string; text: string }[] = [
  { format: 'bold', label: 'Bold', text: 'B' },
  { format: 'italic', label: 'Italic', text: 'I' },
  { format: 'underline', label: 'Underline', text: 'U' },
  { format: 'code', label: 'Inline code', text: '</>' },
];

/** Formatting buttons; every action also has a keyboard shortcut or markdown shortcut. */
export function NotebookToolbar() {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [active, setActive] = useState<Set<TextFormatType>>(new Set());

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const next = FORMATS.map((f) => f.format).filter((f) => selection.hasFormat(f));
            // Re-render only when the formats change, not on every keystroke.
            setActive((previous) => (previous.size === next.length && next.every((f) => previous.has(f)) ? previous : new Set(next)));
          });
        }),
      ),
    [editor],
  );

  const block = (create: () => ElementNode) =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, create);
    });
  const heading = (tag: HeadingTagType) => block(() => $createHeadingNode(tag));

  const link = () => {
    const url = window.prompt('Link address (https://…)');
    if (url === null) return;
    if (url.trim() === '') editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    else if (isSafeUrl(url)) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim());
    else window.alert('Only http, https and mailto links can be added.');
  };

  return (
    <div className="notebook-toolbar" role="toolbar" aria-label="Formatting">
      <button aria-label="Undo" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} aria-keyshortcuts="Control+Z">
        ↶
      </button>
      <button aria-label="Redo" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} aria-keyshortcuts="Control+Shift+Z">
        ↷
      </button>
      <span className="sep" />
      <button aria-label="Normal text" onClick={() => block(() => $createParagraphNode())}>
        ¶
      </button>
      <button aria-label="Heading 1" onClick={() => heading('h1')}>
        H1
      </button>
      <button aria-label="Heading 2" onClick={() => heading('h2')}>
        H2
      </button>
      <button aria-label="Quote" onClick={() => block(() => $createQuoteNode())}>
        ❝
      </button>
      <span className="sep" />
      <button aria-label="Bulleted list" onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        •
      </button>
      <button aria-label="Numbered list" onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        1.
      </button>
      <button aria-label="Checklist" onClick={() => editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined)}>
        ☑
      </button>
      <span className="sep" />
      {FORMATS.map(({ format, label, text }) => (
        <button key={format} aria-label={label} aria-pressed={active.has(format)} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}>
          {text}
        </button>
      ))}
      <button aria-label="Link" onClick={link}>
        Link
      </button>
    </div>
  );
}
