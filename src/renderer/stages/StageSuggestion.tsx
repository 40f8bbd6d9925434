import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { interactionsMap, readInteractions } from '../../shared/model/customerDoc';
import { stageAfterPurchase } from '../../shared/insights/stageSuggestion';
import { STAGE_LABELS } from '../../shared/stages';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useSession } from '../workspace/SessionContext';
import { useToast } from '../ui/Toast';
import { useStageMove } from './useStageMove';

/**
 * After this user logs a purchase on the customer page, offers the move the relationship
 * path suggests ("Move to First purchase", "Move to Repeat customer") as a notification
 * with that button: never a blocking dialog, and never a move by itself. Purchases that
 * arrive from teammates or imports suggest nothing here: whoever logged them was asked.
 */
export function StageSuggestion({ customerId, doc }: { customerId: string; doc: Y.Doc }) {
  const session = useSession();
  const toast = useToast();
  const { move, dialog } = useStageMove();
  const latest = useRef({ move, toast });
  latest.current = { move, toast };

  useEffect(() => {
    const map = interactionsMap(doc);
    const onChange = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.origin !== LOCAL_ORIGIN) return;
      const added = [...event.changes.keys].some(([key, change]) => change.action === 'add' && (map.get(key) as { kind?: unknown } | undefined)?.kind === 'purchase');
      if (!added) return;
      const card = session.cards.get(customerId);
      if (!card) return;
      const purchases = readInteractions(doc).items.filter((item) => item.kind === 'purchase').length;
      const next = stageAfterPurchase(card.stage, purchases);
      if (!next) return;
      latest.current.toast({
        message: `${card.name || 'This customer'} made ${purchases === 1 ? 'a first purchase' : 'another purchase'}.`,
        action: { label: `Move to ${STAGE_LABELS[next]}`, run: () => latest.current.move(card, next) },
      });
    };
    map.observe(onChange);
    return () => map.unobserve(onChange);
  }, [doc, customerId, session]);

  return dialog;
}
