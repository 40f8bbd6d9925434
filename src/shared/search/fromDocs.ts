import type * as Y from 'yjs';
import type { CustomerCard } from '../model/workspaceDoc';
import { readInteractions, readProfile } from '../model/customerDoc';
import { notebookPlainText } from '../notebook/plainText';
import type { SearchableCustomer } from './fields';

/**
 * What the index needs from a card and its customer doc. Call it when the doc
 * changes (locally or from another device) and pass the result to
 * CustomerSearchIndex.upsert, which ignores it when no text changed. The notebook
 * is read straight off its Yjs structure (notebookPlainText), fast enough to
 * index thousands of notebooks.
 */
export function searchableCustomer(card: Pick<CustomerCard, 'id' | 'name' | 'company' | 'tags'>, doc: Y.Doc): SearchableCustomer {
  return {
    id: card.id,
    name: card.name,
    company: card.company,
    tags: card.tags,
    profile: readProfile(doc).profile,
    notebook: notebookPlainText(doc),
    interactions: readInteractions(doc).items,
  };
}
