import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { z } from 'zod';
import { FIELD_BOOST, SEARCH_FIELDS, searchFields, type SearchableCustomer, type SearchField, type SearchFields } from './fields';
import { makeSnippet, type Snippet } from './snippets';
import { tokenize } from './tokens';

/**
 * Full-text search over every customer: one minisearch document per customer, with
 * fields weighted name > company > profile > notebook = interactions. The notebook
 * and interactions, equal in weight, are indexed as one "notes" field (a customer's
 * notes and interaction summaries share most words, so this saves about a fifth of
 * the postings and of the build time); snippets still come from each on its own.
 *
 * Queries: every word must match (AND); the last word also matches as a prefix
 * (search as you type), earlier words of 4+ letters too; words of 4+ letters match
 * with typos (1 edit, 2 from 10 letters). Results are ranked by BM25+ with the field
 * boosts, and carry snippets: plain text with match ranges, never HTML.
 *
 * Updates are per customer: `upsert` replaces one customer's entry (minisearch
 * discards the old one lazily and vacuums in the background), `remove` drops it.
 * The index serializes to one JSON string (with the field texts, for snippets) so
 * the renderer can cache it and skip the rebuild on the next start.
 */

const SERIAL_VERSION = 2;

/** What minisearch indexes. */
interface IndexedDoc {
  id: string;
  name: string;
  company: string;
  profile: string;
  notes: string;
}
const INDEXED_FIELDS = ['name', 'company', 'profile', 'notes'] as const;
type IndexedField = (typeof INDEXED_FIELDS)[number];
const INDEXED_BOOST: Record<IndexedField, number> = {
  name: FIELD_BOOST.name,
  company: FIELD_BOOST.company,
  profile: FIELD_BOOST.profile,
  notes: FIELD_BOOST.notebook,
};

function indexedDoc(f: SearchFields): IndexedDoc {
  return { id: f.id, name: f.name, company: f.company, profile: f.profile, notes: `${f.notebook}\n${f.interactions}` };
}

const MINISEARCH_OPTIONS: Options<IndexedDoc> = {
  fields: [...INDEXED_FIELDS],
  idField: 'id',
  // tokenize already normalizes (whole text at once, see tokens.ts), for documents and queries alike.
  tokenize,
  processTerm: (term) => term,
  searchOptions: { tokenize, processTerm: (term) => term },
};

export interface SearchHit {
  id: string;
  score: number;
  /** Fields that matched, strongest first. */
  fields: SearchField[];
  /** Index terms that matched (after prefix and typo expansion). */
  terms: string[];
  /** One snippet per matched field, strongest field first. */
  snippets: Snippet[];
}

export interface SearchQueryOptions {
  /** Most results returned (snippets are made only for these). Default 50. */
  limit?: number;
  /** 'and' (default): every word must match; 'or': any word. */
  combine?: 'and' | 'or';
  fuzzy?: boolean;
  prefix?: boolean;
  /** Longest snippet text. Default 160. */
  snippetLength?: number;
  /** Skip snippets (e.g. a command palette showing names only). */
  snippets?: boolean;
}

function searchOptions(options: SearchQueryOptions): SearchOptions {
  const usePrefix = options.prefix !== false;
  const useFuzzy = options.fuzzy !== false;
  return {
    boost: INDEXED_BOOST,
    combineWith: options.combine === 'or' ? 'OR' : 'AND',
    prefix: usePrefix ? (term, i, terms) => term.length >= (i === terms.length - 1 ? 2 : 4) : false,
    fuzzy: useFuzzy ? (term) => (term.length >= 4 ? 0.2 : false) : false,
    maxFuzzy: 2,
  };
}

const serialSchema = z.object({
  v: z.literal(SERIAL_VERSION),
  fields: z.array(z.string()),
  docs: z.record(z.string(), z.object({ name: z.string(), company: z.string(), profile: z.string(), notebook: z.string(), interactions: z.string() })),
  index: z.looseObject({ documentCount: z.number(), nextId: z.number(), documentIds: z.record(z.string(), z.unknown()), index: z.array(z.unknown()) }),
});

export class CustomerSearchIndex {
  private readonly docs = new Map<string, SearchFields>();

  private constructor(private readonly mini: MiniSearch<IndexedDoc>) {}

  /** A new index and the documents to add to it (duplicate ids: the first wins). */
  private static prepare(customers: Iterable<SearchableCustomer>): { index: CustomerSearchIndex; all: IndexedDoc[] } {
    const index = new CustomerSearchIndex(new MiniSearch<IndexedDoc>(MINISEARCH_OPTIONS));
    const all: IndexedDoc[] = [];
    for (const c of customers) {
      const f = searchFields(c);
      if (index.docs.has(f.id)) continue;
      index.docs.set(f.id, f);
      all.push(indexedDoc(f));
    }
    return { index, all };
  }

  static create(customers: Iterable<SearchableCustomer> = []): CustomerSearchIndex {
    const { index, all } = CustomerSearchIndex.prepare(customers);
    index.mini.addAll(all);
    return index;
  }

  /**
   * The same as create, in chunks of `chunkSize` customers with a macrotask between
   * them (minisearch's addAllAsync), so a UI thread stays responsive while 5,000
   * customers are indexed (about 3 s of work). A Web Worker is the other option.
   */
  static async createAsync(customers: Iterable<SearchableCustomer>, chunkSize = 50): Promise<CustomerSearchIndex> {
    const { index, all } = CustomerSearchIndex.prepare(customers);
    await index.mini.addAllAsync(all, { chunkSize });
    return index;
  }

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /**
   * Adds or replaces one customer's entry. Returns false (and does nothing) when
   * its text is unchanged, so calling it on every document update is cheap.
   */
  upsert(customer: SearchableCustomer): boolean {
    const next = searchFields(customer);
    const prev = this.docs.get(next.id);
    if (prev && SEARCH_FIELDS.every((f) => prev[f] === next[f])) return false;
    if (prev) this.mini.replace(indexedDoc(next));
    else this.mini.add(indexedDoc(next));
    this.docs.set(next.id, next);
    return true;
  }

  remove(id: string): boolean {
    if (!this.docs.has(id)) return false;
    this.mini.discard(id);
    this.docs.delete(id);
    return true;
  }

  /** Ranked results; an empty or blank query gives none. */
  search(query: string, options: SearchQueryOptions = {}): SearchHit[] {
    if (tokenize(query).length === 0) return [];
    const limit = options.limit ?? 50;
    const results = this.mini.search(query, searchOptions(options)).slice(0, limit);
    return results.map((r) => {
      const doc = this.docs.get(String(r.id));
      const hit: SearchHit = { id: String(r.id), score: r.score, fields: [], terms: r.terms, snippets: [] };
      for (const field of SEARCH_FIELDS) {
        const indexed: IndexedField = field === 'notebook' || field === 'interactions' ? 'notes' : field;
        const terms = new Set(Object.keys(r.match).filter((t) => r.match[t].includes(indexed)));
        if (terms.size === 0) continue;
        if (indexed !== 'notes') hit.fields.push(field);
        if (!doc || (options.snippets === false && indexed !== 'notes')) continue;
        // Notes matched: the snippet also tells which of notebook and interactions holds the words.
        const snippet = makeSnippet(field, doc[field], terms, options.snippetLength);
        if (!snippet) continue;
        if (indexed === 'notes') hit.fields.push(field);
        if (options.snippets !== false) hit.snippets.push(snippet);
      }
      return hit;
    });
  }

  /** The index and field texts as one JSON string, for a local cache. */
  serialize(): string {
    return JSON.stringify({
      v: SERIAL_VERSION,
      fields: [...INDEXED_FIELDS],
      docs: Object.fromEntries([...this.docs].map(([id, { id: _id, ...texts }]) => [id, texts])),
      index: this.mini,
    });
  }

  /**
   * Restores a serialized index. Returns null when the text is not one this version
   * wrote (corrupt cache, older format): the caller then rebuilds from the documents.
   */
  static deserialize(json: string): CustomerSearchIndex | null {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return null;
    }
    const parsed = serialSchema.safeParse(raw);
    if (!parsed.success || parsed.data.fields.join() !== INDEXED_FIELDS.join()) return null;
    try {
      const mini = MiniSearch.loadJS<IndexedDoc>(parsed.data.index as unknown as AsPlainObject, MINISEARCH_OPTIONS);
      const index = new CustomerSearchIndex(mini);
      for (const [id, texts] of Object.entries(parsed.data.docs)) index.docs.set(id, { id, ...texts });
      if (mini.documentCount !== index.docs.size) return null;
      return index;
    } catch {
      return null;
    }
  }
}
