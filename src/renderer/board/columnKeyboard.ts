import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { STAGES } from '../../shared/stages';

/**
 * Keyboard dragging between board columns: with a card picked up (Space or
 * Enter), Left and Right move it by exactly one column; Space or Enter drops it
 * there, Escape cancels. Coordinates are the dragged card's top-left corner.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const rects = STAGES.map((stage) => context.droppableRects.get(stage))
    .filter((rect) => rect !== undefined)
    .sort((a, b) => a.left - b.left);
  if (rects.length === 0) return undefined;
  const probe = currentCoordinates.x + 1;
  let current = rects.findIndex((rect) => probe >= rect.left && probe < rect.left + rect.width);
  if (current < 0) current = 0;
  const next = Math.max(0, Math.min(rects.length - 1, current + (event.code === KeyboardCode.Right ? 1 : -1)));
  return { x: currentCoordinates.x + (rects[next].left - rects[current].left), y: currentCoordinates.y };
};
