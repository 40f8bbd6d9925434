import { useEffect, useMemo } from 'react';
import type { SearchHit, SearchQueryOptions } from '../../shared/search/searchIndex';
import { useSession } from '../workspace/SessionContext';
import { useDerivedVersion } from '../insights/useInsights';

/**
 * Results of a query against the local index, recomputed when the index changes.
 * The index loads on first use; until then `loading` is true and there are no hits.
 */
export function useSearch(query: string, options?: SearchQueryOptions): SearchHit[] & { loading?: boolean } {
  const session = useSession();
  const version = useDerivedVersion();
  const key = JSON.stringify(options ?? {});
  const q = query.trim();
  const wanted = q.length >= 2;
  useEffect(() => {
    if (wanted) void session.derived.ensureSearch();
  }, [session, wanted]);
  return useMemo(() => {
    const index = session.derived.search;
    if (!wanted) return [];
    if (!index) return Object.assign([] as SearchHit[], { loading: true });
    return index.search(q, JSON.parse(key) as SearchQueryOptions);
    // version: the index loads and changes in place.
  }, [session, q, wanted, key, version]);
}
