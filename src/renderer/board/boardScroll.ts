import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { NavColumn, NavTarget } from './boardNavigation';

/**
 * The board is one horizontal scroller of fixed-width columns (seven do not fit
 * at 1024 px, nor with the sidebar at 1600); these helpers keep what the
 * keyboard is on in view and drive the Scroll left / right buttons.
 */

const columnsOf = (board: HTMLElement) => [...board.querySelectorAll<HTMLElement>(':scope > [data-stage]')];

/** The columns and the cards each shows now, for boardNavigation.ts. */
export function boardColumnsShown(board: HTMLElement): NavColumn[] {
  return columnsOf(board).map((column) => ({
    stage: column.dataset.stage!,
    cardIds: [...column.querySelectorAll<HTMLElement>('[data-card-id]')].map((card) => card.dataset.cardId!),
  }));
}

/** Scrolls the board sideways (only) so the whole column is in view; no-op when it is. */
export function revealColumn(board: HTMLElement, stage: string): void {
  const column = columnsOf(board).find((c) => c.dataset.stage === stage);
  if (!column) return;
  const view = board.getBoundingClientRect();
  const box = column.getBoundingClientRect();
  if (box.left < view.left) board.scrollLeft -= view.left - box.left;
  else if (box.right > view.right) board.scrollLeft += Math.min(box.right - view.right, box.left - view.left);
}

/** Focuses a card (scrolled into view in its column) or an empty column. */
export function focusBoardPlace(board: HTMLElement, target: NavTarget): void {
  const column = columnsOf(board).find((c) => c.dataset.stage === target.stage);
  const element = target.kind === 'card' ? column?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(target.id)}"]`) : column;
  if (!element) return;
  element.focus({ preventScroll: true });
  revealColumn(board, target.stage);
  if (target.kind === 'card') element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Whether the board can scroll either way, and a step of whole columns for the buttons. */
export function useBoardScroll(ref: RefObject<HTMLElement | null>) {
  const [edges, setEdges] = useState({ canLeft: false, canRight: false });
  const update = useCallback(() => {
    const board = ref.current;
    if (!board) return;
    const canLeft = board.scrollLeft > 1;
    const canRight = board.scrollLeft + board.clientWidth < board.scrollWidth - 1;
    setEdges((e) => (e.canLeft === canLeft && e.canRight === canRight ? e : { canLeft, canRight }));
  }, [ref]);
  useEffect(() => {
    const board = ref.current;
    if (!board) return;
    update();
    const observer = new ResizeObserver(update);
    observer.observe(board);
    return () => observer.disconnect();
  }, [ref, update]);
  const by = (direction: 1 | -1) => {
    const board = ref.current;
    const first = board && columnsOf(board)[0];
    if (!board || !first) return;
    const gap = parseFloat(getComputedStyle(board).columnGap) || 0;
    const pitch = first.getBoundingClientRect().width + gap;
    const step = Math.max(1, Math.floor(board.clientWidth / pitch)) * pitch;
    board.scrollBy({ left: direction * step, behavior: reducedMotion() ? 'auto' : 'smooth' });
  };
  return { ...edges, update, by };
}
