import { useState, type KeyboardEvent } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { BoardColumn } from '../../shared/insights/board';
import { STAGE_LABELS, type Stage } from '../../shared/stages';
import { useFormats } from '../format/useFormats';
import { ShowMoreIcon } from '../ui/icons';
import { BoardCard } from './BoardCard';
import type { Carry } from './keyboardCarry';

/** Cards shown per column before "Show more": a 5,000-customer board stays light. */
const PAGE = 40;

interface Props {
  column: BoardColumn;
  carry: Carry | null;
  onCardKey: (event: KeyboardEvent<HTMLElement>, card: { id: string; name: string; stage: Stage }) => void;
  onCardBlur: (id: string) => void;
}

/**
 * One stage: its header stays put while its cards scroll under it (the list is
 * the column's own scroller), so the stage's name and figures are always in view.
 */
export function BoardColumnView({ column, carry, onCardKey, onCardBlur }: Props) {
  const { setNodeRef, isOver: pointerOver } = useDroppable({ id: column.stage });
  const carriedHere = carry?.over === column.stage;
  const isOver = pointerOver || carriedHere;
  const [shown, setShown] = useState(PAGE);
  const formats = useFormats();
  const empty = column.cards.length === 0;
  const headingId = `board-column-${column.stage}`;
  return (
    <section
      ref={setNodeRef}
      className={`board-column${isOver ? ' over' : ''}`}
      role="region"
      aria-labelledby={headingId}
      data-stage={column.stage}
      // An empty column has no card to land on: the arrow keys focus the column itself.
      tabIndex={empty ? -1 : undefined}
    >
      <header className="board-column-head">
        <h2 id={headingId}>{column.label}</h2>
        <span className="muted small">
          {column.count} · {formats.value(column.totalValue)}
          {column.idleCount > 0 && ` · ${column.idleCount} idle`}
        </span>
      </header>
      <div className="board-cards">
        {carry && carriedHere && carry.from !== column.stage && (
          <div className="board-drop-hint small" aria-hidden="true">
            Drop {carry.name || '(no name)'} in {STAGE_LABELS[column.stage]}
          </div>
        )}
        {column.cards.slice(0, shown).map((item) => (
          <BoardCard key={item.card.id} item={item} carried={carry?.id === item.card.id} onKey={onCardKey} onBlur={onCardBlur} />
        ))}
        {empty && <p className="empty small">No customers here.</p>}
        {column.cards.length > shown && (
          <button className="link-button board-show-more" onClick={() => setShown((n) => n + PAGE * 5)}>
            <ShowMoreIcon aria-hidden="true" />
            Show {Math.min(PAGE * 5, column.cards.length - shown)} more of {column.cards.length - shown}
          </button>
        )}
      </div>
    </section>
  );
}
