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
export function useStageMove(options: { onAskedMove?: (id: string, to: Stage) => void } = {}): {
  move: (customer: { id: string; name: string }, to: Stage) => 'moved' | 'asking' | 'unchanged';
  dialog: ReactNode;
} {
  const session = useSession();
  const toast = useToast();
  const [pending, setPending] = useState<Pending | null>(null);

  const commit = (customer: { id: string; name: string }, to: Stage, reason?: string) => {
    const { undo } = session.moveStage(customer.id, to, reason);
    toast({ message: `${customer.name || 'Customer'} moved to ${STAGE_LABELS[to]}.`, action: { label: 'Undo', run: undo } });
  };

  /** 'asking' when the Reason dialog is open: the move happens when it is confirmed (then onAskedMove). */
  const move = (customer: { id: string; name: string }, to: Stage) => {
    if (session.cards.get(customer.id)?.stage === to) return 'unchanged';
    if (asksReason(to)) {
      setPending({ ...customer, to });
      return 'asking';
    }
    commit(customer, to);
    return 'moved';
  };

  const dialog = pending && (
    <ReasonDialog
      customerName={pending.name}
      stage={pending.to}
      onMove={(reason) => {
        commit(pending, pending.to, reason);
        setPending(null);
        options.onAskedMove?.(pending.id, pending.to);
      }}
      onClose={() => setPending(null)}
    />
  );
  return { move, dialog };
}
