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
import type { ReactNode } from 'react';
import { isSafeUrl } from '../../shared/notebook/safeUrl';
import { TooltipButton } from '../ui/TooltipButton';
import {
  BoldIcon,
  BulletListIcon,
  ChecklistIcon,
  CodeIcon,
  Heading1Icon,
  Heading2Icon,
  ItalicIcon,
  LinkIcon,
  NumberedListIcon,
  ParagraphIcon,
  QuoteIcon,
  RedoIcon,
  UnderlineIcon,
  UndoIcon,
} from '../ui/icons';

/** Lexical's own key bindings (Control means Command on macOS); code has a markdown shortcut only. */
const FORMATS: { format: TextFormatType; label: string; shortcut?: string; typed?: string; icon: ReactNode }[] = [
  { format: 'bold', label: 'Bold', shortcut: 'Control+B', icon: <BoldIcon /> },
  { format: 'italic', label: 'Italic', shortcut: 'Control+I', icon: <ItalicIcon /> },
  { format: 'underline', label: 'Underline', shortcut: 'Control+U', icon: <UnderlineIcon /> },
  { format: 'code', label: 'Inline code', typed: '`code`', icon: <CodeIcon /> },
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

  // Block buttons name their markdown shortcut (typed at the start of a line), the
  // way the tooltips of the format buttons name their keys.
  return (
    <div className="notebook-toolbar" role="toolbar" aria-label="Formatting">
      <TooltipButton label="Undo" shortcut="Control+Z" icon={<UndoIcon />} disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} />
      <TooltipButton label="Redo" shortcut="Control+Shift+Z" icon={<RedoIcon />} disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} />
      <span className="sep" />
      <TooltipButton label="Normal text" icon={<ParagraphIcon />} onClick={() => block(() => $createParagraphNode())} />
      <TooltipButton label="Heading 1" typed="# Space" icon={<Heading1Icon />} onClick={() => heading('h1')} />
      <TooltipButton label="Heading 2" typed="## Space" icon={<Heading2Icon />} onClick={() => heading('h2')} />
      <TooltipButton label="Quote" typed="> Space" icon={<QuoteIcon />} onClick={() => block(() => $createQuoteNode())} />
      <span className="sep" />
      <TooltipButton label="Bulleted list" typed="- Space" icon={<BulletListIcon />} onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)} />
      <TooltipButton label="Numbered list" typed="1. Space" icon={<NumberedListIcon />} onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)} />
      <TooltipButton label="Checklist" typed="[] Space" icon={<ChecklistIcon />} onClick={() => editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined)} />
      <span className="sep" />
      {FORMATS.map(({ format, label, shortcut, typed, icon }) => (
        <TooltipButton key={format} label={label} shortcut={shortcut} typed={typed} icon={icon} aria-pressed={active.has(format)} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)} />
      ))}
      <TooltipButton label="Link" icon={<LinkIcon />} onClick={link} />
    </div>
  );
}
