import { useState, type ReactNode } from 'react';
import { STAGE_LABELS, type Stage } from '../../shared/stages';
import { asksReason } from '../../shared/insights/stageSuggestion';
import { useSession } from '../workspace/SessionContext';
import { useToast } from '../ui/Toast';
import { ReasonDialog } from './ReasonDialog';

interface Pending {
  id: string;
  name: string;
  to: Stage;
}

/**
 * Moving a customer along the relationship path, as every control that moves one does
 * (the Stage combobox, a stage suggestion): a move to At risk or Lost first asks an
 * optional "Reason" (kept in the stage history and the timeline); every move is
 * announced with Undo, which takes back exactly that move.
 */
export function useStageMove(): { move: (customer: { id: string; name: string }, to: Stage) => void; dialog: ReactNode } {
  const session = useSession();
  const toast = useToast();
  const [pending, setPending] = useState<Pending | null>(null);

  const commit = (customer: { id: string; name: string }, to: Stage, reason?: string) => {
    const { undo } = session.moveStage(customer.id, to, reason);
    toast({ message: `${customer.name || 'Customer'} moved to ${STAGE_LABELS[to]}.`, action: { label: 'Undo', run: undo } });
  };

  const move = (customer: { id: string; name: string }, to: Stage) => {
    if (session.cards.get(customer.id)?.stage === to) return;
    if (asksReason(to)) setPending({ ...customer, to });
    else commit(customer, to);
  };

  const dialog = pending && (
    <ReasonDialog
      customerName={pending.name}
      stage={pending.to}
      onMove={(reason) => {
        commit(pending, pending.to, reason);
        setPending(null);
      }}
      onClose={() => setPending(null)}
    />
  );
  return { move, dialog };
}
