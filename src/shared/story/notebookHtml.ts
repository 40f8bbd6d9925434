import { z } from 'zod';
import { escapeHtml } from './escape';
import { isSafeUrl } from '../notebook/safeUrl';

/**
 * Renders a notebook's Lexical editor state (its JSON) as HTML for the printed
 * story: headings, paragraphs, quotes, lists and check lists, links, code and
 * text formats. Written here rather than with Lexical's HTML export so it needs
 * no DOM, and so every text and attribute goes through one escaping path.
 * Unknown node types render their text content; nothing is ever dropped silently.
 */
const nodeSchema: z.ZodType<LexicalJsonNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    children: z.array(nodeSchema).optional(),
    text: z.string().optional(),
    format: z.union([z.number(), z.string()]).optional(),
    tag: z.string().optional(),
    listType: z.string().optional(),
    checked: z.boolean().optional(),
    url: z.string().optional(),
  }),
);

export interface LexicalJsonNode {
  type: string;
  children?: LexicalJsonNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  checked?: boolean;
  url?: string;
}

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function text(node: LexicalJsonNode): string {
  let html = escapeHtml(node.text ?? '');
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & FORMAT.code) html = `<code>${html}</code>`;
  if (format & FORMAT.bold) html = `<strong>${html}</strong>`;
  if (format & FORMAT.italic) html = `<em>${html}</em>`;
  if (format & FORMAT.underline) html = `<u>${html}</u>`;
  if (format & FORMAT.strikethrough) html = `<s>${html}</s>`;
  return html;
}

function children(node: LexicalJsonNode): string {
  return (node.children ?? []).map(render).join('');
}

/** Headings inside the notebook sit below the story's own section headings. */
function headingTag(tag: string | undefined): string {
  const level = HEADINGS.has(tag ?? '') ? Number(tag!.slice(1)) : 3;
  return `h${Math.min(6, level + 2)}`;
}

function render(node: LexicalJsonNode): string {
  switch (node.type) {
    case 'text':
    case 'code-highlight':
      return text(node);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return '&emsp;';
    case 'paragraph':
      return `<p>${children(node) || '&nbsp;'}</p>`;
    case 'heading': {
      const tag = headingTag(node.tag);
      return `<${tag} class="nb-heading">${children(node)}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${children(node)}</blockquote>`;
    case 'code':
      return `<pre><code>${children(node)}</code></pre>`;
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul';
      return `<${tag} class="${node.listType === 'check' ? 'checklist' : node.listType === 'number' ? 'numbered' : 'bulleted'}">${children(node)}</${tag}>`;
    }
    case 'listitem': {
      const nestedOnly = (node.children ?? []).length > 0 && (node.children ?? []).every((c) => c.type === 'list');
      if (nestedOnly) return `<li class="nested">${children(node)}</li>`;
      if (node.checked === true) return `<li class="checked"><span class="box" aria-hidden="true">☑</span> ${children(node)}</li>`;
      if (node.checked === false) return `<li class="unchecked"><span class="box" aria-hidden="true">☐</span> ${children(node)}</li>`;
      return `<li>${children(node)}</li>`;
    }
    case 'link':
    case 'autolink': {
      const url = node.url ?? '';
      // Only web and mail links stay links; anything else is shown as inert text.
      return isSafeUrl(url) ? `<a href="${escapeHtml(url.trim())}">${children(node)}</a>` : `<span class="inert-link">${children(node)} (${escapeHtml(url)})</span>`;
    }
    default:
      return children(node) || (node.text ? escapeHtml(node.text) : '');
  }
}

/** The notebook as HTML; a state that cannot be read renders as a note saying so. */
export function notebookHtml(state: unknown): string {
  const root = (state as { root?: unknown } | null)?.root;
  const parsed = nodeSchema.safeParse(root);
  if (!parsed.success) return '<p class="muted">The notebook could not be read.</p>';
  const html = children(parsed.data);
  return html || '<p class="muted">The notebook is empty.</p>';
}
