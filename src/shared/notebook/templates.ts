import * as Y from 'yjs';
import { createNotebook } from './headless';
import { CD_ROOT } from '../model/customerDoc';

/**
 * Fast notebooks for bulk imports: "## <heading>" followed by plain paragraphs.
 * Lexical writes the structure once per paragraph count (a template); each new
 * notebook is a copy of that template with its own text put in place. About ten
 * times cheaper than a headless editor per customer, which matters for 50,000
 * rows. The result is exactly what createNotebook writes for the same markdown
 * (tested), so every editor reads it the same way.
 */
const PLACEHOLDER = '\u2063';
const MAX_TEMPLATED_PARAGRAPHS = 12;
const templates = new Map<number, Uint8Array>();

function template(paragraphs: number): Uint8Array {
  let update = templates.get(paragraphs);
  if (!update) {
    const doc = new Y.Doc();
    createNotebook(doc, [`## ${PLACEHOLDER}`, ...Array.from({ length: paragraphs }, () => PLACEHOLDER)].join('\n\n'), 'template');
    update = Y.encodeStateAsUpdate(doc);
    templates.set(paragraphs, update);
  }
  return update;
}

/** Markdown-free text only: anything with markdown syntax goes through Lexical. */
const PLAIN = /^[^#>*_`[\]\\|~<-][^*_`[\]\\|~<]*$/;

/**
 * Writes a notebook of a heading and paragraphs into an empty doc, from a
 * template when the text is plain, otherwise through createNotebook.
 */
export function createHeadedNotebook(doc: Y.Doc, heading: string, paragraphs: string[], origin: unknown): void {
  const clean = paragraphs.map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const plain = clean.length <= MAX_TEMPLATED_PARAGRAPHS && [heading, ...clean].every((t) => PLAIN.test(t) && !t.includes(PLACEHOLDER) && !/^\d+\.\s/.test(t));
  if (!plain) {
    createNotebook(doc, [`## ${heading}`, ...clean].join('\n\n'), origin);
    return;
  }
  // The template goes in on its own: applying an update marks the transaction remote, and
  // local writes inside a remote transaction make Yjs think another client uses our id
  // (it logs a warning and draws a new client id, per customer).
  Y.applyUpdate(doc, template(clean.length), origin);
  doc.transact(() => {
    const root = doc.get(CD_ROOT, Y.XmlText) as Y.XmlText;
    const blocks = (root.toDelta() as { insert: unknown }[]).map((op) => op.insert).filter((b): b is Y.XmlText => b instanceof Y.XmlText);
    [heading, ...clean].forEach((text, i) => {
      const block = blocks[i];
      // Each block holds [text properties (Y.Map), PLACEHOLDER]: replace the placeholder.
      block.delete(1, 1);
      block.insert(1, text);
    });
  }, origin);
}

let empty: Uint8Array | null = null;

/** An empty notebook (one empty paragraph), from a template: what createNotebook(doc, '') writes. */
export function createEmptyNotebook(doc: Y.Doc, origin: unknown): void {
  if (!empty) {
    const template = new Y.Doc();
    createNotebook(template, '', 'template');
    empty = Y.encodeStateAsUpdate(template);
  }
  Y.applyUpdate(doc, empty, origin);
}
