import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { CHECK_LIST, TRANSFORMERS, type Transformer } from '@lexical/markdown';
import type { Klass, LexicalNode } from 'lexical';

/**
 * The node classes of a notebook. Every editor and every headless reader must
 * register the same set, or Yjs content written by one cannot be read by another.
 */
export const NOTEBOOK_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
];

/** Markdown shortcuts while typing, and markdown import for samples and importers. */
export const NOTEBOOK_TRANSFORMERS: Transformer[] = [CHECK_LIST, ...TRANSFORMERS];

export const NOTEBOOK_NAMESPACE = 'rapport-notebook';
