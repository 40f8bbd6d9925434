import { useCallback } from 'react';
import { useSession } from '../../workspace/SessionContext';
import { useToast } from '../../ui/Toast';
import { withMergeDocs } from '../../workspace/merge/mergeDocs';

/** Merges one customer into another, with Undo in a toast. Rejects with the reason when it cannot. */
export function useMerge(): (keptId: string, otherId: string) => Promise<void> {
  const session = useSession();
  const toast = useToast();
  return useCallback(
    async (keptId: string, otherId: string) => {
      const keptName = session.cards.get(keptId)?.name || 'the kept customer';
      const otherName = session.cards.get(otherId)?.name || 'The other customer';
      await withMergeDocs(session, keptId, otherId, (parties, code) => code.mergeCustomers(parties, session.user.id));
      toast({
        message: `${otherName} merged into ${keptName}.`,
        action: {
          label: 'Undo',
          run: () =>
            void withMergeDocs(session, keptId, otherId, (parties, code) => code.undoMerge(parties)).then(
              (undone) => toast({ message: undone ? `Merge undone: ${otherName} is back.` : 'This merge was already undone.' }),
              (error: unknown) => toast({ message: `The merge could not be undone: ${String(error)}` }),
            ),
        },
      });
    },
    [session, toast],
  );
}
