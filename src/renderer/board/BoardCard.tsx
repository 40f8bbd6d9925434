import type { KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { Stage } from '../../shared/stages';
import type { BoardCard as BoardCardData } from '../../shared/insights/board';
import { BoardCardBody } from './BoardCardBody';

interface Props {
  item: BoardCardData;
  /** Picked up with the keyboard (it shows where it goes by highlighting the column). */
  carried: boolean;
  onKey: (event: KeyboardEvent<HTMLElement>, card: { id: string; name: string; stage: Stage }) => void;
  onBlur: (id: string) => void;
}

/**
 * A customer on the board: dragged by mouse or touch, carried by keyboard (focus
 * it, then Space). One Tab stop: the card itself (Enter opens the customer).
 * While it is dragged it stays where it was as a placeholder; the copy under the
 * pointer is BoardView's DragOverlay.
 */
export function BoardCard({ item, carried, onKey, onBlur }: Props) {
  const { card } = item;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: card.id,
    data: { stage: card.stage },
    // dnd-kit makes the card a button; it holds a link, so it is an article that can be picked up.
    attributes: { role: 'article', roleDescription: 'draggable customer' },
  });
  const state = isDragging ? ' placeholder' : carried ? ' carried' : '';
  return (
    <article
      ref={setNodeRef}
      className={`board-card${state}${item.idle ? ' idle' : ''}`}
      aria-label={card.name || '(no name)'}
      data-card-id={card.id}
      {...attributes}
      {...listeners}
      onKeyDown={(event) => onKey(event, { id: card.id, name: card.name, stage: card.stage })}
      onBlur={() => onBlur(card.id)}
      aria-describedby="board-instructions"
    >
      <BoardCardBody item={item} linked />
    </article>
  );
}
