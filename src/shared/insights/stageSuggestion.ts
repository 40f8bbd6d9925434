import type { Stage } from '../stages';

/**
 * What the relationship path suggests after a purchase is logged: a Prospect's first
 * purchase makes them a First purchase customer, a second purchase a Repeat customer.
 * Only forward along the path, never for side states (At risk and Lost are people's
 * judgement) nor past Repeat (Loyalist and Advocate are too). A suggestion, shown with
 * a button; the stage never moves by itself.
 */
export function stageAfterPurchase(stage: Stage, purchases: number): Stage | null {
  if (stage === 'prospect' && purchases === 1) return 'first_purchase';
  if (stage === 'prospect' && purchases >= 2) return 'repeat';
  if (stage === 'first_purchase' && purchases >= 2) return 'repeat';
  return null;
}

/** Moves that ask "Reason" (optional): the side states, where the why is what a teammate needs. */
export function asksReason(stage: Stage): boolean {
  return stage === 'at_risk' || stage === 'lost';
}
