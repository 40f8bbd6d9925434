import { useState } from 'react';
import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { routeHref } from '../../app/router';
import { useCard, useSession } from '../../workspace/SessionContext';
import { useToast } from '../../ui/Toast';
import { withMergeDocs } from '../../workspace/merge/mergeDocs';

/**
 * "Merged into <name>", linking to the customer this one went into, with "Undo
 * merge" (the toast's Undo is gone after a few seconds; this one stays). Nothing
 * for a customer that was not merged.
 */
export function MergedIntoNote({ card }: { card: CustomerCard }) {
  const session = useSession();
  const toast = useToast();
  const keptId = card.mergedInto ?? '';
  const kept = useCard(keptId);
  const [busy, setBusy] = useState(false);
  if (!card.mergedInto) return null;
  const undo = () => {
    setBusy(true);
    void withMergeDocs(session, keptId, card.id, (parties, code) => code.undoMerge(parties))
      .then(
        (undone) => toast({ message: undone ? `Merge undone: ${card.name || 'the customer'} is back.` : 'This merge was already undone.' }),
        (error: unknown) => toast({ message: `The merge could not be undone: ${String(error)}` }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <span className="merged-into">
      Merged into <a href={routeHref({ view: 'customer', id: keptId })}>{kept?.name || 'another customer'}</a>{' '}
      <button type="button" className="link-button" disabled={busy} onClick={undo}>
        Undo merge
      </button>
    </span>
  );
}
