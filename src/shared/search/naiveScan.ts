import { SEARCH_FIELDS, searchFields, type SearchableCustomer } from './fields';

/**
 * The baseline the benchmark compares the index against: lowercase every customer's
 * text once, then answer a query by checking that each of its words occurs
 * (String#includes) in the text. No ranking beyond input order, no typos, no snippets.
 * It scans every customer even when `limit` are already found: a search that ranks
 * its results must see all matches, as the index does.
 */
export class NaiveScan {
  private readonly texts: { id: string; text: string }[] = [];

  constructor(customers: Iterable<SearchableCustomer>) {
    for (const c of customers) {
      const f = searchFields(c);
      this.texts.push({ id: f.id, text: SEARCH_FIELDS.map((k) => f[k]).join('\n').toLowerCase() });
    }
  }

  search(query: string, limit = 50): string[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const out: string[] = [];
    for (const { id, text } of this.texts) if (words.every((w) => text.includes(w))) out.push(id);
    return out.slice(0, limit);
  }
}
