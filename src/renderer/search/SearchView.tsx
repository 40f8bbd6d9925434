import { useState } from 'react';
import { navigate, routeHref } from '../app/router';
import { useSession } from '../workspace/SessionContext';
import { useDerivedProgress } from '../insights/useInsights';
import { useSearch } from './useSearch';
import { Highlight } from './Highlight';

const FIELD_LABELS: Record<string, string> = { name: 'Name', company: 'Company', profile: 'Profile', notebook: 'Notebook', interactions: 'Interactions' };

/** Full-text search across every customer's notebook, profile and interactions. */
export function SearchView({ query }: { query: string }) {
  const session = useSession();
  const [draft, setDraft] = useState(query);
  const hits = useSearch(query, { limit: 100 });
  const progress = useDerivedProgress();
  return (
    <section className="view search-view" aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate({ view: 'search', query: draft });
        }}
      >
        <input type="search" aria-label="Search everything" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Words from notes, profiles, interactions…" />
      </form>
      {progress && (
        <p className="muted small" role="status">
          Indexing notebooks: {progress.done} of {progress.total}…
        </p>
      )}
      {query.trim().length >= 2 && (
        <p className="muted small">
          {hits.loading ? 'Loading the search index…' : hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} customer${hits.length === 1 ? '' : 's'} match “${query}”.`}
        </p>
      )}
      <ol className="search-results" aria-label="Search results">
        {hits.map((hit) => {
          const card = session.cards.get(hit.id);
          return (
            <li key={hit.id}>
              <a href={routeHref({ view: 'customer', id: hit.id })}>{card?.name ?? hit.id}</a> <span className="muted small">{card?.company}</span>
              {hit.snippets.map((snippet) => (
                <div key={snippet.field} className="search-snippet small">
                  <span className="muted">{FIELD_LABELS[snippet.field] ?? snippet.field}: </span>
                  <Highlight snippet={snippet} />
                </div>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
