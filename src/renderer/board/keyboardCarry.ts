import { STAGE_LABELS, STAGES, type Stage } from '../../shared/stages';

/** A card picked up with the keyboard: where it came from and the column it is over. */
export interface Carry {
  id: string;
  name: string;
  from: Stage;
  over: Stage;
}

export type CarryStep =
  | { kind: 'ignore' }
  /** A key the carry swallows (Up, Down, Home, End): the card stays picked up where it is. */
  | { kind: 'hold' }
  /** Enter on a card not picked up: open the customer (the card is one Tab stop, its link is not). */
  | { kind: 'open'; id: string }
  | { kind: 'carry'; carry: Carry; announce: string }
  | { kind: 'drop'; id: string; from: Stage; to: Stage; announce: string }
  | { kind: 'cancel'; announce: string };

/**
 * Moving a board card by keyboard, one key at a time: Space picks the focused
 * card up (Enter opens the customer instead), Left and Right choose a column,
 * Space or Enter drops it there, Escape (or Tab away) cancels. A pure step function over the current
 * carry, applied synchronously in the card's keydown handler, so fast key
 * presses are never lost or merged (a drag library that listens only after a
 * timer, or reads positions back after rendering, can drop or merge them).
 */
export function carryStep(carry: Carry | null, key: string, card: { id: string; name: string; stage: Stage }): CarryStep {
  if (carry === null || carry.id !== card.id) {
    if (key === 'Enter') return { kind: 'open', id: card.id };
    if (key !== ' ') return { kind: 'ignore' };
    const picked = { id: card.id, name: card.name, from: card.stage, over: card.stage };
    return { kind: 'carry', carry: picked, announce: `Picked up ${card.name} from ${STAGE_LABELS[card.stage]}. Use left and right arrows to choose a stage, space to drop, escape to cancel.` };
  }
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const index = STAGES.indexOf(carry.over);
    const next = STAGES[Math.max(0, Math.min(STAGES.length - 1, index + (key === 'ArrowRight' ? 1 : -1)))];
    return { kind: 'carry', carry: { ...carry, over: next }, announce: `Over ${STAGE_LABELS[next]}.` };
  }
  if (key === ' ' || key === 'Enter') {
    const announce = carry.over === carry.from ? `${carry.name} stays in ${STAGE_LABELS[carry.from]}.` : `Moved ${carry.name} to ${STAGE_LABELS[carry.over]}.`;
    return { kind: 'drop', id: carry.id, from: carry.from, to: carry.over, announce };
  }
  if (key === 'Escape' || key === 'Tab') return cancelCarry(carry);
  // Left to the board, these would move the focus off the card and so drop the carry.
  if (key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End') return { kind: 'hold' };
  return { kind: 'ignore' };
}

/** Puts a carried card back (Escape, Tab, or focus leaving it). */
export function cancelCarry(carry: Carry): { kind: 'cancel'; announce: string } {
  return { kind: 'cancel', announce: `Move cancelled. ${carry.name} stays in ${STAGE_LABELS[carry.from]}.` };
}
