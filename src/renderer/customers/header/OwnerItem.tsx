import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { OwnerIcon } from '../../ui/icons';
import { PersonName } from '../../people/PersonName';

/**
 * Who owns the relationship: the card stores a member id, shown by name. Its own
 * component so a member combobox "Owner" can take this place alone.
 */
export function OwnerItem({ card }: { card: CustomerCard }) {
  return (
    <span className="fact">
      <OwnerIcon className="fact-icon" />
      <span className="fact-label">Owner:</span> <span className="fact-value">{card.owner ? <PersonName value={card.owner} /> : '—'}</span>
    </span>
  );
}
