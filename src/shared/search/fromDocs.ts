import type * as Y from 'yjs';
import type { CustomerCard } from '../model/workspaceDoc';
import { readInteractions, readProfile } from '../model/customerDoc';
import { readNotebookText } from '../notebook/headless';
import type { SearchableCustomer } from './fields';

/**
 * What the index needs from a card and its customer doc. Call it when the doc
 * changes (locally or from another device) and pass the result to
 * CustomerSearchIndex.upsert, which ignores it when no text changed. Reading the
 * notebook runs a headless Lexical editor: debounce per customer while typing.
 */
export function searchableCustomer(card: Pick<CustomerCard, 'id' | 'name' | 'company' | 'tags'>, doc: Y.Doc): SearchableCustomer {
  return {
    id: card.id,
    name: card.name,
    company: card.company,
    tags: card.tags,
    profile: readProfile(doc).profile,
    notebook: readNotebookText(doc),
    interactions: readInteractions(doc).items,
  };
}
