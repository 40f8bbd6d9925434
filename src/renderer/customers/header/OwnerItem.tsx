import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { resolvePerson } from '../../../shared/model/members';
import { OwnerIcon } from '../../ui/icons';
import { usePeople } from '../../people/usePeople';
import { useSession } from '../../workspace/SessionContext';

/**
 * Who owns the relationship: the combobox "Owner", one option per member of the
 * workspace. An owner written before members existed (an imported name, "Me") stays
 * an option, shown as it resolves, so the page never reassigns a customer by itself.
 */
export function OwnerItem({ card }: { card: CustomerCard }) {
  const session = useSession();
  const { members, directory } = usePeople();
  const legacy = card.owner && !directory.has(card.owner) ? resolvePerson(card.owner, directory) : null;
  return (
    <label className="fact fact-owner">
      <OwnerIcon className="fact-icon" />
      <span className="fact-label">Owner</span>
      <select aria-label="Owner" value={card.owner} onChange={(e) => session.setField(card.id, 'owner', e.target.value)}>
        {!card.owner && <option value="">Nobody</option>}
        {legacy && <option value={card.owner}>{legacy.name}</option>}
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
    </label>
  );
}
