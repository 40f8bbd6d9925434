import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { STAGE_LABELS, STAGES, type Stage } from '../../../shared/stages';
import { useSession } from '../../workspace/SessionContext';

/** Where the customer stands on the relationship path: the combobox "Stage". */
export function StageItem({ card }: { card: CustomerCard }) {
  const session = useSession();
  return (
    <label className="fact fact-stage">
      <span className="fact-label">Stage</span>
      <select aria-label="Stage" value={card.stage} onChange={(e) => session.setStage(card.id, e.target.value as Stage)}>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage]}
          </option>
        ))}
      </select>
    </label>
  );
}
