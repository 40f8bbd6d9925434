import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { STAGE_LABELS, STAGES, type Stage } from '../../../shared/stages';
import { useStageMove } from '../../stages/useStageMove';

/**
 * Where the customer stands on the relationship path: the combobox "Stage". A move to At
 * risk or Lost asks an optional reason first; every move is announced with Undo.
 */
export function StageItem({ card }: { card: CustomerCard }) {
  const { move, dialog } = useStageMove();
  // The dialog sits beside the label, not in it: a click inside it must not reach the combobox.
  return (
    <>
      <label className="fact fact-stage">
      <span className="fact-label">Stage</span>
      <select aria-label="Stage" value={card.stage} onChange={(e) => move(card, e.target.value as Stage)}>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage]}
          </option>
        ))}
      </select>
      </label>
      {dialog}
    </>
  );
}
