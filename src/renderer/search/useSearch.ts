import { useMemo } from 'react';
import type { SearchHit, SearchQueryOptions } from '../../shared/search/searchIndex';
import { useSession } from '../workspace/SessionContext';
import { useDerivedVersion } from '../insights/useInsights';

/** Results of a query against the local index, recomputed when the index changes. */
export function useSearch(query: string, options?: SearchQueryOptions): SearchHit[] {
  const session = useSession();
  const version = useDerivedVersion();
  const key = JSON.stringify(options ?? {});
  return useMemo(() => {
    const q = query.trim();
    if (q.length < 2) return [];
    return session.derived.search.search(q, JSON.parse(key) as SearchQueryOptions);
    // version: the index is updated in place.
  }, [session, query, key, version]);
}
