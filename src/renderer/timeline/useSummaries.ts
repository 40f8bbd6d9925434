import { useCallback, useEffect, useRef, useState } from 'react';
import { readInteractions } from '../../shared/model/customerDoc';
import { useSession } from '../workspace/SessionContext';

/**
 * Interaction summaries are not in the digests (they would make every start
 * slower): the workspace timeline loads them per customer for the rows on
 * screen, a few docs at a time, and keeps them while the view is open.
 */
export function useInteractionSummaries(generation: unknown): { summaryOf: (customerId: string, index: number) => string | undefined; want: (customerIds: string[]) => void } {
  const session = useSession();
  const cache = useRef(new Map<string, string[]>());
  const loading = useRef(new Set<string>());
  const [, setVersion] = useState(0);

  // New or edited interactions shift positions: start again when the digests change.
  useEffect(() => {
    cache.current.clear();
    setVersion((v) => v + 1);
  }, [generation]);

  const want = useCallback(
    (customerIds: string[]) => {
      for (const id of customerIds) {
        if (cache.current.has(id) || loading.current.has(id)) continue;
        loading.current.add(id);
        const handle = session.openCustomer(id);
        void handle.ready
          .then((doc) => {
            cache.current.set(id, readInteractions(doc).items.map((i) => i.summary));
            setVersion((v) => v + 1);
          })
          .finally(() => {
            loading.current.delete(id);
            handle.release();
          });
      }
    },
    [session],
  );

  const summaryOf = useCallback((customerId: string, index: number) => cache.current.get(customerId)?.[index], []);
  return { summaryOf, want };
}
