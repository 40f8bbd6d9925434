/**
 * Moving the keyboard around the board when no card is carried: each card is
 * one Tab stop, and arrows take the short way. Up and Down go to the previous
 * and next card in the column, Home and End to its first and last; Left and
 * Right go to the neighbouring column (the card at the same position, or its
 * last one), or to the column itself when it is empty, so every column,
 * At risk and Lost included, can be reached and scrolled into view. A pure
 * function over what the board shows, so it is tested without a DOM.
 */
export interface NavColumn {
  stage: string;
  /** The cards shown in the column, top to bottom. */
  cardIds: readonly string[];
}

/** Where the focus is: a card, or an empty column (cardId null). */
export interface NavPlace {
  stage: string;
  cardId: string | null;
}

export type NavTarget = { kind: 'card'; stage: string; id: string } | { kind: 'column'; stage: string };

export const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;

/** The place a key moves the focus to; null when it stays (an edge, or a key that is not ours). */
export function navigate(columns: readonly NavColumn[], from: NavPlace, key: string): NavTarget | null {
  const col = columns.findIndex((c) => c.stage === from.stage);
  if (col < 0) return null;
  const { cardIds } = columns[col];
  const row = from.cardId === null ? -1 : cardIds.indexOf(from.cardId);
  const card = (index: number): NavTarget => ({ kind: 'card', stage: columns[col].stage, id: cardIds[index] });
  switch (key) {
    case 'ArrowUp':
      return row > 0 ? card(row - 1) : null;
    case 'ArrowDown':
      return row < cardIds.length - 1 ? card(row + 1) : null;
    case 'Home':
      return cardIds.length > 0 && row !== 0 ? card(0) : null;
    case 'End':
      return cardIds.length > 0 && row !== cardIds.length - 1 ? card(cardIds.length - 1) : null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = columns[col + (key === 'ArrowRight' ? 1 : -1)];
      if (!next) return null;
      if (next.cardIds.length === 0) return { kind: 'column', stage: next.stage };
      return { kind: 'card', stage: next.stage, id: next.cardIds[Math.min(Math.max(row, 0), next.cardIds.length - 1)] };
    }
    default:
      return null;
  }
}
