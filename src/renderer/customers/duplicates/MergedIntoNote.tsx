import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { routeHref } from '../../app/router';
import { useCard } from '../../workspace/SessionContext';

/** "Merged into <name>", linking to the customer this one went into; nothing for a customer that was not merged. */
export function MergedIntoNote({ card }: { card: CustomerCard }) {
  const keptId = card.mergedInto ?? '';
  const kept = useCard(keptId);
  if (!card.mergedInto) return null;
  return (
    <span className="merged-into">
      Merged into <a href={routeHref({ view: 'customer', id: card.mergedInto })}>{kept?.name || 'another customer'}</a>
    </span>
  );
}
